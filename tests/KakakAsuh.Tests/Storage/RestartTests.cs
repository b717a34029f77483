using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Storage;

/// <summary>Grain state on Azurite survives deactivation and a whole-cluster restart, as grains and as table rows.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task EveryState_SurvivesDeactivationAndAClusterRestart_ReadThroughGrainsAndFromTheTable()
    {
        var serviceId = Keys.New("restart");
        var time = new FakeTimeProvider(TestClusters.ProgrammeStart);
        var cluster = await TestClusters.StartAsync(serviceId, time);
        var driver = new ProgrammeDriver(cluster.Client);
        var registered = await driver.RegisteredAsync();
        var (mentee, mentor) = await driver.MentoringAsync("halal", "bazaar");
        ProgrammeDriver.Accepted(await driver.Umkm(mentee).StartStepAsync("halal", "sihalal-account", Samples.Staff));
        var roundId = (await driver.Umkm(mentee).GetAsync())!.RoundId!;

        var before = await ReadAllAsync(driver, registered, mentee, mentor, roundId);
        foreach (var grain in new IAddressable[] { driver.Umkm(registered), driver.Umkm(mentee), driver.Mentor(mentor), driver.Round(roundId) })
        {
            await cluster.DeactivateAsync(grain);
        }
        Assert.Equal(before, await ReadAllAsync(driver, registered, mentee, mentor, roundId));
        await cluster.DisposeAsync();

        await using var restarted = await TestClusters.StartAsync(serviceId, time);
        Assert.Equal(before, await ReadAllAsync(new ProgrammeDriver(restarted.Client), registered, mentee, mentor, roundId));

        var table = new GrainStateTable(await Azurite.ConnectionStringAsync(), serviceId);
        Assert.Equal(before, string.Join("\n",
            Snapshot.Of(await table.ReadAsync<UmkmState>("umkm", registered, "umkm")),
            Snapshot.Of(await table.ReadAsync<UmkmState>("umkm", mentee, "umkm")),
            Snapshot.Of(await table.ReadAsync<MentorState>("mentor", mentor, "mentor")),
            Snapshot.Of(await table.ReadAsync<RoundState>("curationround", roundId, "round"))));
        Assert.Equal(4, (await table.EntitiesAsync()).Count(e => e.RowKey is "umkm" or "mentor" or "round"));
    }

    private static async Task<string> ReadAllAsync(ProgrammeDriver driver, string registered, string mentee, string mentor, string round) =>
        string.Join("\n",
            Snapshot.Of(await driver.Umkm(registered).GetAsync()),
            Snapshot.Of(await driver.Umkm(mentee).GetAsync()),
            Snapshot.Of(await driver.Mentor(mentor).GetAsync()),
            Snapshot.Of(await driver.Round(round).GetAsync()));
}
