using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Nudges;

/// <summary>Reminder ticks (delivered by hand, on a fake clock) walk an overdue step up the nudge ladder.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NudgeLadderTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    private WorkingCalendar Calendar => Samples.Data.Calendar;

    /// <summary>Moves the shared fake clock forward to 09:00 in Jakarta on <paramref name="day"/> (never back).</summary>
    private void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.JakartaOffset);
        if (target > fixture.Time.GetUtcNow())
        {
            fixture.Time.Advance(target - fixture.Time.GetUtcNow());
        }
    }

    private async Task<List<Nudge>> NudgesAsync(string umkm, string step = "provider-registration")
    {
        var page = await fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan).QueryAsync(new NudgeQuery { AreaCode = Samples.Kelurahan, Take = 10_000 });
        return [.. page.Items.Where(n => n.UmkmId == umkm && n.Step == step)];
    }

    private async Task<StepState> FirstStepAsync(string umkm) => (await driver.Umkm(umkm).GetAsync())!.Plan[0].Steps[0];

    [Fact]
    public async Task OverdueStep_ClimbsTheLadderRungByRung_AndARepeatedTickSendsNothingTwice()
    {
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var due = (await FirstStepAsync(umkm)).DueOn!.Value;

        MoveTo(due);
        await driver.TickAsync(umkm);
        Assert.Empty(await NudgesAsync(umkm));

        var mentorDay = due.AddDays(1);
        MoveTo(mentorDay);
        await driver.TickAsync(umkm);
        var mentorRung = Assert.Single(await NudgesAsync(umkm));
        Assert.Equal((NudgeRung.Mentor, mentor), (mentorRung.Rung, mentorRung.MentorId));
        Assert.Contains("was due on", mentorRung.Reason);
        var version = (await driver.Umkm(umkm).GetAsync())!.Version;
        await driver.TickAsync(umkm);
        await driver.TickAsync(umkm);
        Assert.Single(await NudgesAsync(umkm));
        Assert.Equal(version, (await driver.Umkm(umkm).GetAsync())!.Version);

        // The mentor has 3 working days from its nudge, then staff 5 more from theirs.
        MoveTo(Calendar.AddWorkingDays(mentorDay, 3).AddDays(-1));
        await driver.TickAsync(umkm);
        Assert.Single(await NudgesAsync(umkm));
        var staffDay = Calendar.AddWorkingDays(mentorDay, 3);
        MoveTo(staffDay);
        await driver.TickAsync(umkm);
        Assert.Equal([NudgeRung.Mentor, NudgeRung.Staff], (await NudgesAsync(umkm)).Select(n => n.Rung).Order());

        MoveTo(Calendar.AddWorkingDays(staffDay, 4));
        await driver.TickAsync(umkm);
        Assert.Equal(2, (await NudgesAsync(umkm)).Count);
        MoveTo(Calendar.AddWorkingDays(staffDay, 5));
        await driver.TickAsync(umkm);
        Assert.Equal([NudgeRung.Mentor, NudgeRung.Staff, NudgeRung.DistrictHead], (await NudgesAsync(umkm)).Select(n => n.Rung).Order());
        var step = await FirstStepAsync(umkm);
        Assert.Equal(3, step.Nudges.Count);
        Assert.Contains("nudged: the mentor on", OverdueExplainer.Explain((await driver.Umkm(umkm).GetAsync())!.Plan[0], step, WorkingCalendar.Today(fixture.Time), Calendar));
    }

    [Fact]
    public async Task ALongOverdueStep_FoundAfterMissedTicks_StartsAtTheMentor_AndClimbsOneRungAtATime()
    {
        var (umkm, _) = await driver.MentoringAsync("qris");
        var due = (await FirstStepAsync(umkm)).DueOn!.Value;

        // 20 working days late at the first tick that sees it: the mentor first, not all three rungs on one day.
        var found = Calendar.AddWorkingDays(due, 20);
        MoveTo(found);
        await driver.TickAsync(umkm);
        Assert.Equal([NudgeRung.Mentor], (await NudgesAsync(umkm)).Select(n => n.Rung));

        MoveTo(Calendar.AddWorkingDays(found, 3));
        await driver.TickAsync(umkm);
        Assert.Equal([NudgeRung.Mentor, NudgeRung.Staff], (await NudgesAsync(umkm)).Select(n => n.Rung).Order());
        MoveTo(Calendar.AddWorkingDays(found, 8));
        await driver.TickAsync(umkm);
        Assert.Equal([NudgeRung.Mentor, NudgeRung.Staff, NudgeRung.DistrictHead], (await NudgesAsync(umkm)).Select(n => n.Rung).Order());
    }

    [Fact]
    public async Task AStepThatMovesOn_StopsItsLadder()
    {
        var (umkm, _) = await driver.MentoringAsync("qris");
        var due = (await FirstStepAsync(umkm)).DueOn!.Value;
        MoveTo(due.AddDays(1));
        await driver.TickAsync(umkm);
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("qris", "provider-registration", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync("qris", "provider-registration", null, Samples.Staff));

        MoveTo(Calendar.AddWorkingDays(due, 9));
        await driver.TickAsync(umkm);

        Assert.Equal([NudgeRung.Mentor], (await NudgesAsync(umkm)).Select(n => n.Rung));
    }
}
