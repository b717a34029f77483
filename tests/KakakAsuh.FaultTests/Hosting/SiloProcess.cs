using System.Diagnostics;

namespace KakakAsuh.FaultTests.Hosting;

/// <summary>One real silo: <c>dotnet KakakAsuh.Silo.dll</c>, configured through environment variables, on free loopback ports.</summary>
public sealed class SiloProcess(string name, string logFolder, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private int starts;

    public string Name => name;

    public int SiloPort { get; } = FreePort.Next();

    public int GatewayPort { get; } = FreePort.Next();

    /// <summary>The silo's own HTTP side: health, /metrics, the dashboard.</summary>
    public int HttpPort { get; } = FreePort.Next();

    public Process? Process { get; private set; }

    public void Start()
    {
        var dll = RepoPaths.SiloDll;
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        start.Environment["Orleans__SiloPort"] = SiloPort.ToString();
        start.Environment["Orleans__GatewayPort"] = GatewayPort.ToString();
        start.Environment["Orleans__HttpPort"] = HttpPort.ToString();
        Process = ChildProcess.Start(start, Path.Combine(logFolder, $"{name}-{++starts}.log"));
    }

    /// <summary>kill -9: no shutdown, no flush, connections cut.</summary>
    public async Task KillAsync()
    {
        if (Process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>A graceful stop (SIGTERM): the silo leaves the cluster and its grains write what they hold.</summary>
    public async Task StopAsync()
    {
        if (Process is not null)
        {
            await ChildProcess.StopAsync(Process, TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
