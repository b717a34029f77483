using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Nudges;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Nudges;

/// <summary>
/// The nudge ladder: once a step is overdue its mentor is nudged; if the step is still overdue
/// <see cref="NudgeLadder.StaffAfterWorkingDays"/> working days after that, Sudin staff; as many
/// <see cref="NudgeLadder.DistrictHeadAfterWorkingDays"/> after staff, the district head. Each rung waits from the day
/// the rung below it fired, so a step found long overdue (a missed tick, a programme recorded after the fact) starts at
/// the mentor and climbs one rung at a time, each with its own days. Each rung fires once per step; a step that moves
/// on stops its ladder.
/// </summary>
public static class NudgeRules
{
    /// <summary>The next rung of each overdue step's ladder that is due today and not yet fired.</summary>
    public static IReadOnlyList<(TrackPlan Track, StepState Step, NudgeRung Rung)> Due(UmkmState state, DateOnly today, NudgeLadder ladder, WorkingCalendar calendar)
    {
        var due = new List<(TrackPlan, StepState, NudgeRung)>();
        foreach (var (track, step) in OverdueRule.OverdueSteps(state, today))
        {
            DateOnly? below = null;
            foreach (var rung in Enum.GetValues<NudgeRung>())
            {
                if (step.Nudges.FirstOrDefault(n => n.Rung == rung) is { } fired)
                {
                    below = DateOnly.FromDateTime(fired.At.ToOffset(WorkingCalendar.JakartaOffset).DateTime);
                    continue;
                }
                var wait = rung switch
                {
                    NudgeRung.Mentor => 0,
                    NudgeRung.Staff => ladder.StaffAfterWorkingDays,
                    _ => ladder.DistrictHeadAfterWorkingDays,
                };
                if (rung == NudgeRung.Mentor || below is { } since && calendar.WorkingDaysBetween(since, today) >= wait)
                {
                    due.Add((track, step, rung));
                }
                break;
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
