using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Nudges;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>One overdue step, and why it is overdue, in plain words.</summary>
public sealed record OverdueStep(
    string UmkmId,
    string BusinessName,
    string KelurahanCode,
    string? Kelurahan,
    string? MentorId,
    string Track,
    string Step,
    string StepName,
    string Status,
    DateOnly DueOn,
    int WorkingDaysOverdue,
    string Reason,
    IReadOnlyList<NudgeRecord> Nudged)
{
    /// <summary>Each overdue step of <paramref name="state"/>, as the overdue lists show it.</summary>
    public static IEnumerable<OverdueStep> Of(UmkmState state, DateOnly today, ProgrammeReferenceData data) =>
        OverdueRule.OverdueSteps(state, today).Select(o => new OverdueStep(
            state.Id,
            state.Profile.BusinessName,
            state.Profile.KelurahanCode,
            data.Wilayah.Find(state.Profile.KelurahanCode)?.Name,
            state.MentorId,
            o.Track.Track,
            o.Step.Key,
            o.Step.Name,
            o.Step.Status.ToString(),
            o.Step.DueOn!.Value,
            data.Calendar.WorkingDaysBetween(o.Step.DueOn.Value, today),
            OverdueExplainer.Explain(o.Track, o.Step, today, data.Calendar),
            o.Step.Nudges));
}
