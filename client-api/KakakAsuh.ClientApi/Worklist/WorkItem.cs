namespace KakakAsuh.ClientApi.Worklist;

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
    string? Grants);
