using KakakAsuh.Silo;
using KakakAsuh.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

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
        var storage = new ProgrammeStorage(await Azurite.ConnectionStringAsync());
        var settings = new SiloSettings { ClusterId = clusterId, ServiceId = clusterId, SiloPort = FreePort.Next(), GatewayPort = FreePort.Next(), Kubernetes = false };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        LogSink.AddTo(builder.Logging);
        builder.UseOrleans(silo =>
        {
            silo.AddProgrammeSilo(settings, storage);
            TestClusters.UseTestSettings(silo, time);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
