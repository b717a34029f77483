using System.Net;
using Azure.Data.Tables;
using KakakAsuh.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>
/// A real silo host in this process, built as the silo's Program builds it: the programme's grains
/// (<see cref="ProgrammeSiloExtensions.AddProgrammeGrains"/>), TCP endpoints on free loopback ports and Azure table
/// clustering with a cluster id of its own. Errors are logged to stderr until the silo is asked to stop.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost host;
    private volatile bool stopping;

    private BenchSilo(string grainStorage, string clustering, string clusterId, Action<ISiloBuilder>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Reconciliation (a full scan of stored UMKM, 2 minutes after a start, then every 6 hours) is kept out of
        // the few minutes measured here: it is not on any measured path.
        builder.Configuration.AddInMemoryCollection([new("Summaries:ReconcileAfterStart", "1.00:00:00")]);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter((_, level) => level >= LogLevel.Error && !stopping);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId));
            silo.ConfigureEndpoints(IPAddress.Loopback, FreePort.Next(), FreePort.Next());
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(clustering));
            silo.AddProgrammeGrains(grainStorage);
            configure?.Invoke(silo);
        });
        host = builder.Build();
    }

    public IServiceProvider Services => host.Services;

    /// <param name="grainStorage">The grain storage connection string, or <see cref="ProgrammeSiloExtensions.InMemoryStorage"/>.</param>
    /// <param name="clustering">The Azure table connection string for cluster membership.</param>
    /// <param name="configure">More silo configuration, after the programme's grains (e.g. a programme clock).</param>
    public static async Task<BenchSilo> StartAsync(string grainStorage, string clustering, string clusterId, Action<ISiloBuilder>? configure = null)
    {
        var silo = new BenchSilo(grainStorage, clustering, clusterId, configure);
        await silo.host.StartAsync();
        return silo;
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
