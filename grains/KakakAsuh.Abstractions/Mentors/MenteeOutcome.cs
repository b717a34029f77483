namespace KakakAsuh.Mentors;

/// <summary>Why a mentee left a mentor.</summary>
public enum MenteeOutcome
{
    Graduated,
    Withdrawn,
    Reassigned,
}
