using System.Diagnostics;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>An Azurite table service of this run only: in memory, on a free loopback port, from the repository's node_modules.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private AzuriteProcess(Process process, int port) => (Process, Port) = (process, port);

    public Process Process { get; }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>
    /// The Azurite table service's entry point: the repository's node_modules, or another build (e.g. a patched copy)
    /// named by the environment variable <c>BENCH_AZURITE_TABLE_MAIN</c>.
    /// </summary>
    public static string Script { get; } = Environment.GetEnvironmentVariable("BENCH_AZURITE_TABLE_MAIN") is { Length: > 0 } other
        ? Path.GetFullPath(other)
        : Path.Combine(RepoPaths.Root, "node_modules", "azurite", "dist", "src", "table", "main.js");

    public static async Task<AzuriteProcess> StartAsync(string logFolder)
    {
        var script = Script;
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed at {script}: run 'npm ci' in the repository root.");
        }
        var port = FreePort.Next();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose" },
        };
        var process = ChildProcess.Start(start, Path.Combine(logFolder, "azurite.log"));
        var azurite = new AzuriteProcess(process, port);
        try
        {
            await FreePort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(30));
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
        return azurite;
    }

    public async ValueTask DisposeAsync() => await ChildProcess.StopAsync(Process, TimeSpan.FromSeconds(5));
}
