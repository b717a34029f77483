using KakakAsuh.Domain.Mentors;
using KakakAsuh.Domain.Nudges;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class OverdueRuleTests
{
    private static readonly DateOnly Monday = new(2024, 11, 4);

    /// <summary>Halal's first step is due on Wednesday 6 Nov 2024 (2 working days after Monday).</summary>
    private static readonly DateOnly FirstDue = new(2024, 11, 6);

    private static UmkmState Mentoring()
    {
        var data = Samples.Data;
        var state = UmkmRules.Register(new UmkmState(), "umkm-1", Samples.Registration(), data.Wilayah).Next!;
        state = UmkmRules.MapNeeds(state, ["halal"], data.Tracks).Next!;
        state = state with { Status = ProgrammeStatus.Matched, MentorId = "mentor-1", RoundId = "round-1" };
        return UmkmRules.BeginMentoring(state, Monday, data).Next!;
    }

    private static StepState First(UmkmState state) => state.Plan[0].Steps[0];

    [Fact]
    public void OpenStep_IsOverdueFromTheDayAfterItsDueDate()
    {
        var state = Mentoring();
        Assert.False(OverdueRule.IsOverdue(state, First(state), FirstDue));
        Assert.True(OverdueRule.IsOverdue(state, First(state), FirstDue.AddDays(1)));
    }

    [Fact]
    public void ClosedStep_OrAUmkmNoLongerInMentoring_IsNeverOverdue()
    {
        var state = Mentoring();
        var later = FirstDue.AddDays(30);
        var skipped = PlanRules.SkipStep(state, "halal", "sihalal-account", "has an account", Monday, Samples.Data).Next!;
        Assert.False(OverdueRule.IsOverdue(skipped, First(skipped), later));
        var withdrawn = UmkmRules.Withdraw(state, "moved away").Next!;
        Assert.Empty(OverdueRule.OverdueSteps(withdrawn, later));
    }

    [Fact]
    public void EveryReadOfOverdue_AgreesWithTheRule()
    {
        var state = Mentoring();
        var today = new DateOnly(2024, 12, 20);
        var expected = OverdueRule.OverdueSteps(state, today).Count();
        Assert.True(expected > 1);

        Assert.Equal(expected, OverdueStep.Of(state, today, Samples.Data).Count());
        Assert.Equal(expected, MenteeProgress.Of(state, today).StepsOverdue);
        Assert.Equal(expected, SummaryRules.ListingFor(state, today).OverdueSteps);
        Assert.Equal(expected, SummaryRules.CountsFor(state, today)[CountKeys.Steps("halal", StepCount.Overdue)]);
        Assert.Equal(expected, NudgeRules.Due(state, today, new NudgeLadder(), Samples.Data.Calendar).Select(d => d.Step.Key).Distinct().Count());
        // The worklist shows each track's next open step only: the first overdue one.
        var item = Assert.Single(WorkItem.Of(state, today, today, Samples.Data));
        Assert.True(item.Overdue);
    }
}
