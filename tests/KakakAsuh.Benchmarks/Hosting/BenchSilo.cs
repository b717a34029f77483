using KakakAsuh.Silo;
using KakakAsuh.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>
/// A real silo host in this process, composed as the silo host composes it (<see cref="ProgrammeSilo.AddProgrammeSilo"/>):
/// TCP endpoints on free loopback ports, Azure table clustering and storage with a cluster id of its own. Errors are
/// logged to stderr until the silo is asked to stop.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost host;
    private volatile bool stopping;

    private BenchSilo(ProgrammeStorage storage, string clusterId, bool grainStateInMemory, Action<ISiloBuilder>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Reconciliation (a full scan of stored UMKM, 2 minutes after a start, then every 6 hours) is kept out of
        // the few minutes measured here: it is not on any measured path.
        builder.Configuration.AddInMemoryCollection([new("Summaries:ReconcileAfterStart", "1.00:00:00")]);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter((_, level) => level >= LogLevel.Error && !stopping);
        var settings = new SiloSettings { ClusterId = clusterId, ServiceId = clusterId, SiloPort = FreePort.Next(), GatewayPort = FreePort.Next(), Kubernetes = false };
        builder.UseOrleans(silo =>
        {
            silo.AddProgrammeSilo(settings, storage, o =>
            {
                if (grainStateInMemory)
                {
                    o.GrainStorage = InMemory;
                }
            });
            configure?.Invoke(silo);
        });
        host = builder.Build();
    }

    public IServiceProvider Services => host.Services;

    /// <param name="storage">Azurite: cluster membership, and grain state unless <paramref name="grainStateInMemory"/>.</param>
    /// <param name="grainStateInMemory">
    /// Grain state and reminders in the silo's memory (Orleans' memory providers, in the programme's JSON format), to
    /// fill a city of a million UMKM: lost when the silo stops, so nothing is reconciled from it and nothing measured
    /// with it nudges (the nudge benchmark runs on Azurite).
    /// </param>
    /// <param name="configure">More silo configuration, after the programme's (e.g. a programme clock).</param>
    public static async Task<BenchSilo> StartAsync(ProgrammeStorage storage, string clusterId, bool grainStateInMemory = false, Action<ISiloBuilder>? configure = null)
    {
        var silo = new BenchSilo(storage, clusterId, grainStateInMemory, configure);
        await silo.host.StartAsync();
        return silo;
    }

    private static void InMemory(ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(StorageNames.Programme);
        silo.UseInMemoryReminderService();
    }

    /// <summary>
    /// Stops the silo. Its shutdown is not measured and not logged: summaries flush on deactivation, and with
    /// in-memory storage the storage grains may be gone first.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        stopping = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
