namespace KakakAsuh.Common;

/// <summary>One accepted command in a grain's audit history: what, who, when and why.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Detail,
    [property: Id(4)] string? Reason = null);
