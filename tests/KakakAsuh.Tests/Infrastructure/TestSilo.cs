using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// A real silo host in the test process: TCP endpoints on free loopback ports and cluster membership in
/// Azurite, exactly as the silo runs in production, so the client API connects to it through its own,
/// production clustering code.
/// </summary>
public static class TestSilo
{
    public static async Task<IHost> StartAsync(string clusterId, FakeTimeProvider time)
    {
        var storage = await Azurite.ConnectionStringAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        LogSink.AddTo(builder.Logging);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId));
            silo.ConfigureEndpoints(IPAddress.Loopback, Azurite.FreePort(), Azurite.FreePort());
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
            TestClusters.AddProgrammeGrainsForTests(silo, storage, time);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
