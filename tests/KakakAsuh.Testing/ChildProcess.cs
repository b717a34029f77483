using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KakakAsuh.Testing;

/// <summary>
/// Starts a child process with its output in a log file, and stops it (SIGTERM, then SIGKILL) by its own id. Every
/// child ends with the process that started it: on a normal exit (and Ctrl-C) it is killed, and a small shell
/// watchdog beside it kills it when that process is killed outright (a test host killed on a timeout runs no exit handlers).
/// </summary>
public static class ChildProcess
{
    private const int SigTerm = 15;

    /// <summary>Waits for either end; when the parent is gone first, ends the child.</summary>
    private const string Watchdog = "while kill -0 \"$PARENT\" 2>/dev/null && kill -0 \"$CHILD\" 2>/dev/null; do sleep 1; done; kill \"$CHILD\" 2>/dev/null";

    private static readonly List<Process> Started = [];

    static ChildProcess() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (Started)
            {
                foreach (var process in Started)
                {
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // Already gone.
                    }
                }
            }
        };

    public static Process Start(ProcessStartInfo start, string logFile)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var log = TextWriter.Synchronized(new StreamWriter(logFile) { AutoFlush = true });
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        lock (Started)
        {
            Started.Add(process);
        }
        // Not disposed: the runtime reaps it when it exits.
        _ = Process.Start(new ProcessStartInfo("sh")
        {
            ArgumentList = { "-c", Watchdog },
            Environment = { ["PARENT"] = Environment.ProcessId.ToString(), ["CHILD"] = process.Id.ToString() },
            UseShellExecute = false,
        });
        return process;
    }

    /// <summary>Asks the process to stop, waits up to <paramref name="grace"/>, then kills it and its children.</summary>
    public static async Task StopAsync(Process process, TimeSpan grace)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }
            _ = Signal(process, SigTerm);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Sends a POSIX signal to the process (not to its children); 0 when it was sent.</summary>
    public static int Signal(Process process, int signal) => Kill(process.Id, signal);

    /// <summary>
    /// Until <paramref name="health"/> answers 200 (for the client API, <c>/health/ready</c>: a grain call through the
    /// cluster and a storage query); fails at once if the process exits, and after <paramref name="limit"/>.
    /// </summary>
    public static async Task WaitHealthyAsync(Process? process, HttpClient http, Uri health, TimeSpan limit, string logs)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (process is null || process.HasExited)
            {
                throw new InvalidOperationException($"{health} will not answer: its process is not running (exit code {process?.ExitCode}); see {logs}.");
            }
            try
            {
                using var response = await http.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{health} did not answer 200 within {limit.TotalSeconds:N0} s; see {logs}.");
    }

    private static void Write(TextWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        try
        {
            log.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // The process ended while its last lines were read.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
