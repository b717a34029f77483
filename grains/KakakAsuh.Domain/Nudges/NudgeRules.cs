using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Nudges;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Nudges;

/// <summary>
/// The nudge ladder: once a step is overdue its mentor is nudged; after some working days Sudin staff; after
/// some more the district head. Each rung fires once per step; a step that moves on stops its ladder.
/// </summary>
public static class NudgeRules
{
    /// <summary>The rungs due now and not yet fired, step by step; all of them at once after a missed tick.</summary>
    public static IReadOnlyList<(TrackPlan Track, StepState Step, NudgeRung Rung)> Due(UmkmState state, DateOnly today, NudgeLadder ladder, WorkingCalendar calendar)
    {
        var due = new List<(TrackPlan, StepState, NudgeRung)>();
        foreach (var (track, step) in OverdueRule.OverdueSteps(state, today))
        {
            var late = calendar.WorkingDaysBetween(step.DueOn!.Value, today);
            foreach (var rung in Enum.GetValues<NudgeRung>())
            {
                var firesAfter = rung switch
                {
                    NudgeRung.Mentor => 0,
                    NudgeRung.Staff => ladder.StaffAfterWorkingDays,
                    _ => ladder.StaffAfterWorkingDays + ladder.DistrictHeadAfterWorkingDays,
                };
                if (late >= firesAfter && step.Nudges.All(n => n.Rung != rung))
                {
                    due.Add((track, step, rung));
                }
            }
        }
        return due;
    }

    /// <summary>The state with the fired rungs recorded on their steps.</summary>
    public static Decision<UmkmState> Record(UmkmState state, IReadOnlyList<(string Track, string Step, NudgeRung Rung)> fired, DateTimeOffset at)
    {
        if (fired.Count == 0)
        {
            return Decision<UmkmState>.AlreadyDone;
        }
        var plan = state.Plan.Select(t => t with
        {
            Steps = [.. t.Steps.Select(s => s with
            {
                Nudges = [.. s.Nudges, .. fired.Where(f => f.Track == t.Track && f.Step == s.Key && s.Nudges.All(n => n.Rung != f.Rung)).Select(f => new NudgeRecord(f.Rung, at))],
            })],
        }).ToList();
        return Decision<UmkmState>.Accept(state with { Plan = plan },
            "nudged " + string.Join(", ", fired.Select(f => $"{OverdueExplainer.Describe(f.Rung)} about {f.Track}/{f.Step}")));
    }

    /// <summary>Whether the UMKM has dated open work whose ladder is not finished, and so needs its reminder.</summary>
    public static bool NeedsReminder(UmkmState state) =>
        state.Status == ProgrammeStatus.Mentoring
        && state.Plan.SelectMany(t => t.Steps).Any(s => !s.IsClosed && s.DueOn is not null && s.Nudges.Count < Enum.GetValues<NudgeRung>().Length);
}
