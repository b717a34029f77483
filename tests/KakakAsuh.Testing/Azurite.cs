using System.Diagnostics;

namespace KakakAsuh.Testing;

/// <summary>
/// An Azurite table service on a free loopback port, from the npm package pinned in the repository: in memory, or
/// with its data on disk in a folder so it can be stopped and started again on the same port with its data (the
/// fault tests' storage outage). Its process ends with the process that started it (see <see cref="ChildProcess"/>).
/// </summary>
public sealed class Azurite(string logFolder, string? dataFolder = null) : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key: the same in every Azurite, not a secret.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int SigInt = 2;

    private static readonly Lazy<Task<Azurite>> Shared = new(async () =>
    {
        var azurite = new Azurite(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kakak-asuh-tests")).FullName);
        await azurite.StartAsync();
        return azurite;
    });

    private int starts;
    private string log = "";

    public int Port { get; } = FreePort.Next();

    public Process? Process { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>The connection string of this test process's one in-memory Azurite, starting it on first use.</summary>
    public static async Task<string> ConnectionStringAsync() => (await Shared.Value).ConnectionString;

    /// <summary>Starts Azurite (again, after <see cref="StopAsync"/>) and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { RepoPaths.AzuriteTableMain, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose" },
        };
        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(Directory.CreateDirectory(dataFolder).FullName);
        }
        log = Path.Combine(logFolder, $"azurite-{Port}-{++starts}.log");
        Process = ChildProcess.Start(start, log);
        await FreePort.WaitListeningAsync(Port, Process, TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Stops Azurite as an operator would: SIGINT, on which it saves its data and closes (a SIGKILL would lose up to its
    /// 5 s autosave interval, which is Azurite's durability, not ours); the process lingers after that, so it is ended
    /// once its log says it closed.
    /// </summary>
    public async Task StopAsync()
    {
        if (Process is not { HasExited: false } process)
        {
            return;
        }
        _ = ChildProcess.Signal(process, SigInt);
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
}
