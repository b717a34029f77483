using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>
/// One step for staff to act on: the next open step of a UMKM's track, overdue or due soon, with what the
/// staff can do about it (start, complete with the value it grants, return when the step is a check).
/// </summary>
public sealed record WorkItem(
    string UmkmId,
    string BusinessName,
    string KelurahanCode,
    string? Kelurahan,
    string? MentorId,
    string Track,
    string TrackName,
    string Step,
    string StepName,
    string Status,
    DateOnly DueOn,
    bool Overdue,
    int WorkingDays,
    string Reason,
    bool Returnable,
    string? Grants)
{
    /// <summary>The next open step of each track of a UMKM in mentoring, when it is due on or before <paramref name="horizon"/>.</summary>
    public static IEnumerable<WorkItem> Of(UmkmState state, DateOnly today, DateOnly horizon, ProgrammeReferenceData data)
    {
        if (state.Status != ProgrammeStatus.Mentoring)
        {
            yield break;
        }
        foreach (var track in state.Plan)
        {
            if (track.Steps.FirstOrDefault(s => !s.IsClosed) is not { DueOn: { } due } step || due > horizon)
            {
                continue;
            }
            var template = data.Tracks.Find(track.Track)?.Steps.FirstOrDefault(t => t.Key == step.Key);
            var overdue = OverdueRule.IsOverdue(state, step, today);
            var days = overdue ? data.Calendar.WorkingDaysBetween(due, today) : data.Calendar.WorkingDaysBetween(today, due);
            var reason = overdue
                ? OverdueExplainer.Explain(track, step, today, data.Calendar)
                : $"'{step.Name}' ({track.Name}) is due on {due:yyyy-MM-dd}, in {days} working day(s).";
            yield return new WorkItem(state.Id, state.Profile.BusinessName, state.Profile.KelurahanCode, data.Wilayah.Find(state.Profile.KelurahanCode)?.Name,
                state.MentorId, track.Track, track.Name, step.Key, step.Name, step.Status.ToString(), due, overdue, days, reason,
                template?.Returnable ?? false, template?.Grants?.ToString());
        }
    }
}
