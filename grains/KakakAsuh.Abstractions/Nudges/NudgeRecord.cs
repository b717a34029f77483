namespace KakakAsuh.Nudges;

/// <summary>That a rung of a step's ladder fired, and when.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.NudgeRecord")]
public sealed record NudgeRecord([property: Id(0)] NudgeRung Rung, [property: Id(1)] DateTimeOffset At);
