using Azure.Data.Tables;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KakakAsuh.Tests.Summaries;

/// <summary>
/// A parent summary can come back from storage with stale totals while its children are right (its silo died
/// before it wrote): reconciliation must heal it although no UMKM and no kelurahan changed.
/// </summary>
public sealed class ReconciliationTests : IAsyncLifetime
{
    private const string Tambora = "31.73.04.1001";
    private const string Cengkareng = "31.73.01.1003";
    private readonly FakeTimeProvider time = new(TestClusters.ProgrammeStart);
    private readonly string serviceId = Keys.New("reconcile");
    private InProcessTestCluster cluster = null!;

    /// <summary>Summaries write only on deactivation here.</summary>
    public async Task InitializeAsync() => cluster = await TestClusters.StartAsync(serviceId, time, silos: 1,
        silo => silo.Services.Configure<KakakAsuh.Grains.Summaries.SummaryOptions>(o => o.FlushInterval = TimeSpan.FromHours(1)));

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private IAreaSummaryGrain Area(string code) => cluster.Client.GetGrain<IAreaSummaryGrain>(code);

    [Fact]
    public async Task Reconcile_WhenTheCityAndKecamatanLostTheirState_RestoresThemFromUnchangedKelurahan()
    {
        var driver = new ProgrammeDriver(cluster.Client);
        foreach (var kelurahan in new[] { Tambora, Tambora, Cengkareng })
        {
            await driver.RegisteredAsync(Samples.Registration(kelurahan: kelurahan));
        }
        await Eventually.MatchesAsync(async () => (await Area("31.73").GetAsync())[CountKeys.Umkm], n => n == 3);
        // Every summary writes its state (deactivation, children first); then the parents' rows are lost.
        foreach (var code in new[] { Tambora, Cengkareng, "31.73.04", "31.73.01", "31.73" })
        {
            await cluster.DeactivateAsync(Area(code));
        }
        var table = new TableClient(await Azurite.ConnectionStringAsync(), GrainStateTable.TableName);
        foreach (var code in new[] { "31.73.04", "31.73.01", "31.73" })
        {
            await table.DeleteEntityAsync($"{serviceId}_areasummary_{code}", "summary");
        }
        Assert.Equal(0, (await Area("31.73").GetAsync())[CountKeys.Umkm]);

        await cluster.Client.GetGrain<ISummaryReconcilerGrain>("31.73").ReconcileAsync();

        Assert.Equal(2, (await Eventually.MatchesAsync(() => Area("31.73.04").GetAsync(), s => s[CountKeys.Umkm] == 2))[CountKeys.Umkm]);
        Assert.Equal(1, (await Eventually.MatchesAsync(() => Area("31.73.01").GetAsync(), s => s[CountKeys.Umkm] == 1))[CountKeys.Umkm]);
        Assert.Equal(3, (await Eventually.MatchesAsync(() => Area("31.73").GetAsync(), s => s[CountKeys.Umkm] == 3))[CountKeys.Umkm]);
    }
}
