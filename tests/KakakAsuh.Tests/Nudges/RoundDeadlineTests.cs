using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Rounds;
using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Nudges;

/// <summary>A round with a deadline: staff are nudged before it; on it the round closes, or is flagged when it cannot.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RoundDeadlineTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    private Task TickAsync(string round) =>
        driver.Round(round).AsReference<IRemindable>().ReceiveReminder(CurationRoundGrain.DeadlineReminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));

    private async Task<List<Nudge>> RoundNudgesAsync(string round) =>
        [.. (await fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan).QueryAsync(new NudgeQuery { Take = 10_000 })).Items.Where(n => n.RoundId == round)];

    [Fact]
    public async Task StaffAreNudgedBeforeTheDeadline_AndOnItTheRoundIsFlaggedUntilItCanClose()
    {
        var today = WorkingCalendar.Today(fixture.Time);
        var deadline = Samples.Data.Calendar.AddWorkingDays(today, 6);
        var mentor = await driver.SelectedMentorAsync();
        var umkm = await driver.MappedAsync();
        var round = Keys.New("round");
        ProgrammeDriver.Accepted(await driver.Round(round).CreateAsync(Samples.Round(scope: Samples.Kecamatan) with { Date = today, Deadline = deadline }, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Round(round).AddMentorCandidateAsync(mentor, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Round(round).AddMenteeCandidateAsync(umkm, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Round(round).PickAsync(mentor, umkm, Samples.Staff));

        await TickAsync(round);
        Assert.Empty(await RoundNudgesAsync(round));

        fixture.Time.Advance(TimeSpan.FromDays(7));
        await TickAsync(round);
        await TickAsync(round);
        var nearing = Assert.Single(await RoundNudgesAsync(round));
        Assert.Contains("1 pick(s) still await", nearing.Reason);

        fixture.Time.Advance(TimeSpan.FromDays(7));
        await TickAsync(round);
        var flagged = (await driver.Round(round).GetAsync())!;
        Assert.Equal(RoundStatus.Open, flagged.Status);
        Assert.Contains("cannot close", flagged.Flag);
        Assert.Equal(2, (await RoundNudgesAsync(round)).Count);

        ProgrammeDriver.Accepted(await driver.Round(round).DecideAsync(new PanelDecision(umkm, Samples.Round().Panel[0], true), Samples.Staff));
        await TickAsync(round);
        Assert.Equal(RoundStatus.Closed, (await driver.Round(round).GetAsync())!.Status);
        Assert.Equal(ProgrammeStatus.Matched, (await driver.Umkm(umkm).GetAsync())!.Status);
    }
}
