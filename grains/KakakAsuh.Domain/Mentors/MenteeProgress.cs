using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Mentors;

/// <summary>One mentee's progress, per track and in all.</summary>
public sealed record MenteeProgress(
    string Id,
    string BusinessName,
    string KelurahanCode,
    string Status,
    int StepsDone,
    int StepsTotal,
    int StepsOverdue,
    IReadOnlyList<TrackProgress> Tracks)
{
    public static MenteeProgress Of(UmkmState state, DateOnly today)
    {
        var steps = state.Plan.SelectMany(t => t.Steps).ToList();
        return new MenteeProgress(
            state.Id,
            state.Profile.BusinessName,
            state.Profile.KelurahanCode,
            state.Status.ToString(),
            steps.Count(s => s.Status == StepStatus.Done),
            steps.Count,
            OverdueRule.OverdueSteps(state, today).Count(),
            [.. state.Plan.Select(TrackProgress.Of)]);
    }
}
