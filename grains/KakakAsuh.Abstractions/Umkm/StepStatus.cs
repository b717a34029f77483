namespace KakakAsuh.Umkm;

/// <summary>The state of one step of a mentoring track.</summary>
public enum StepStatus
{
    Pending,
    InProgress,
    /// <summary>Sent back by the checking body (e.g. LP3H) for the applicant to fix and resubmit.</summary>
    Returned,
    Done,
    /// <summary>Not needed for this UMKM; the reason is in the step's note and in the history.</summary>
    Skipped,
}
