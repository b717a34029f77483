namespace KakakAsuh.ClientApi.Areas;

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
    IReadOnlyList<KakakAsuh.Nudges.NudgeRecord> Nudged);
