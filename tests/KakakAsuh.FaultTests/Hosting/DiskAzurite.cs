using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KakakAsuh.FaultTests.Hosting;

/// <summary>
/// An Azurite table service that keeps its data on disk in the test's folder, so it can be stopped and started
/// again on the same port with its data: the storage outage. It stops with SIGINT, on which Azurite saves and
/// closes its database (a SIGKILL would lose up to its 5 s autosave interval, which is Azurite's durability, not ours);
/// the process lingers after that, so it is ended once its log says it closed.
/// </summary>
public sealed class DiskAzurite(string folder) : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const int SigInt = 2;
    private int starts;
    private string log = "";

    public int Port { get; } = FreePort.Next();

    public Process? Process { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, "azurite")).FullName;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Binaries.AzuriteTableMain, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", data, "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose" },
        };
        log = Path.Combine(folder, $"azurite-{++starts}.log");
        Process = ChildProcess.Start(start, log);
        await FreePort.WaitListeningAsync(Port, Process, TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops Azurite as an operator would (SIGINT: it saves its data and closes), then ends the process.</summary>
    public async Task StopAsync()
    {
        if (Process is not { HasExited: false } process)
        {
            return;
        }
        _ = Kill(process.Id, SigInt);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && !Closed() && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    private bool Closed()
    {
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd().Contains("Table service successfully closed", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
