using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Grains;

/// <summary>
/// Every history entry carries the server's recording time beside the time its caller states: a mentor who marks a
/// step done "last week" is recorded as having said so today.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RecordingTimeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ABackDatedStep_IsRecordedAtTheServersTime_BesideTheStatedTime()
    {
        var driver = new ProgrammeDriver(fixture.Grains);
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var stated = fixture.Time.GetUtcNow().AddMinutes(-1);
        fixture.Time.Advance(TimeSpan.FromHours(2));
        var now = fixture.Time.GetUtcNow();
        var asMentor = new CommandContext($"mentor:{mentor}", At: stated.AddHours(1), Scope: CallerScope.Mentor(mentor));

        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("qris", "provider-registration", asMentor));

        var entry = (await driver.Umkm(umkm).GetAsync())!.History.Entries[^1];
        Assert.Equal("start-step", entry.Action);
        Assert.Equal(stated.AddHours(1), entry.At);
        Assert.Equal(now, entry.RecordedAt);

        // A live command states no time: both are the server's.
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("qris", "provider-registration", null, Samples.Staff));
        var live = (await driver.Umkm(umkm).GetAsync())!.History.Entries[^1];
        Assert.Equal(now, live.At);
        Assert.Equal(now, live.RecordedAt);
    }
}
