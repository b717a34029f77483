namespace KakakAsuh.Common;

/// <summary>
/// One accepted command in a grain's audit history: what, who, when and why. <see cref="At"/> is when it happened as
/// the caller states it (a step finished last Tuesday); <see cref="RecordedAt"/> is when the programme recorded it, by
/// the server's clock, so a back-dated entry shows as one (null only in entries written before it was kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Detail,
    [property: Id(4)] string? Reason = null,
    [property: Id(5)] DateTimeOffset? RecordedAt = null);
