using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>
/// When a mentoring step is overdue: the one definition behind the summaries' overdue counts, the nudge ladder, the
/// overdue list, the worklist and mentor progress. A step is overdue while its UMKM is in mentoring and the step is
/// open (neither done nor skipped), from the day after its due date.
/// </summary>
public static class OverdueRule
{
    public static bool IsOverdue(UmkmState state, StepState step, DateOnly today) =>
        state.Status == ProgrammeStatus.Mentoring && !step.IsClosed && step.DueOn is { } due && due < today;

    /// <summary>The UMKM's overdue steps, track by track in the plan's order.</summary>
    public static IEnumerable<(TrackPlan Track, StepState Step)> OverdueSteps(UmkmState state, DateOnly today) =>
        state.Plan.SelectMany(track => track.Steps.Where(step => IsOverdue(state, step, today)).Select(step => (track, step)));
}
