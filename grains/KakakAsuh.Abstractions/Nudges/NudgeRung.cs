namespace KakakAsuh.Nudges;

/// <summary>Who an overdue step's nudge goes to: first the mentor, then Sudin staff, then the district head.</summary>
public enum NudgeRung
{
    Mentor,
    Staff,
    DistrictHead,
}

/// <summary>That a rung of a step's ladder fired, and when.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.NudgeRecord")]
public sealed record NudgeRecord([property: Id(0)] NudgeRung Rung, [property: Id(1)] DateTimeOffset At);
