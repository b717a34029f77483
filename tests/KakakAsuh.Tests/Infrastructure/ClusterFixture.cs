using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>One in-process cluster on Azurite shared by the tests of <see cref="ClusterCollection"/>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? cluster;

    public FakeTimeProvider Time { get; } = new(TestClusters.ProgrammeStart);

    public InProcessTestCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>
    /// Its webhook tests run their receivers on loopback, so this cluster allows loopback targets (the default refuses
    /// them: see the client API's webhook tests); its silos' log lines go to <see cref="LogSink"/>.
    /// </summary>
    public async Task InitializeAsync() => cluster = await TestClusters.StartAsync($"shared-{Guid.NewGuid():N}", Time, configure: silo =>
    {
        silo.Services.Configure<KakakAsuh.Grains.Nudges.WebhookOptions>(o => o.AllowLoopbackTargets = true);
        silo.Services.AddLogging(LogSink.AddTo);
    });

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster on Azurite";
}
