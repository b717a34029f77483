using System.Diagnostics;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// One Azurite table service for the whole test run, in memory, on a free loopback port; started from the
/// npm package pinned in the repository (the test build installs it) and stopped when the run ends.
/// </summary>
public static class Azurite
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<string>> Started = new(StartAsync);

    /// <summary>The connection string of the running Azurite, starting it on first use.</summary>
    public static Task<string> ConnectionStringAsync() => Started.Value;

    private static async Task<string> StartAsync()
    {
        var port = FreePort();
        var script = Path.Combine(RepoPaths.Root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed at {script}: run 'npm ci' in the repository root (the test build does this).");
        }
        // Through a small shell watchdog: Azurite ends with this test process even when the test host is killed
        // (ProcessExit does not run then), instead of outliving it.
        const string WithParent = "node \"$@\" & child=$!; while kill -0 \"$PARENT\" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; kill $child 2>/dev/null";
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList = { "-c", WithParent, "azurite", script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose" },
            Environment = { ["PARENT"] = Environment.ProcessId.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        await Benchmarks.Hosting.FreePort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(30));
        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort() => Benchmarks.Hosting.FreePort.Next();

    private static void Stop(Process process)
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
