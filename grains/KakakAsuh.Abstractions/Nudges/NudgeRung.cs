namespace KakakAsuh.Nudges;

/// <summary>Who an overdue step's nudge goes to: first the mentor, then Sudin staff, then the district head.</summary>
public enum NudgeRung
{
    Mentor,
    Staff,
    DistrictHead,
}
