namespace KakakAsuh.Nudges;

/// <summary>
/// A reminder to someone that a mentoring step is overdue, with its reason in plain words. The id is the
/// same however often it is sent (<c>{kecamatan}~{umkm}~{track}~{step}~{rung}</c>), so receivers de-duplicate on it.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.Nudge")]
public sealed record Nudge
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public NudgeRung Rung { get; init; }
    [Id(2)] public string UmkmId { get; init; } = "";
    [Id(3)] public string BusinessName { get; init; } = "";
    [Id(4)] public string KelurahanCode { get; init; } = "";
    [Id(5)] public string KecamatanCode { get; init; } = "";
    [Id(6)] public string? MentorId { get; init; }
    [Id(7)] public string Track { get; init; } = "";
    [Id(8)] public string Step { get; init; } = "";
    [Id(9)] public DateOnly DueOn { get; init; }
    [Id(10)] public DateTimeOffset At { get; init; }
    [Id(11)] public string Reason { get; init; } = "";
    [Id(12)] public string? AcknowledgedBy { get; init; }
    [Id(13)] public DateTimeOffset? AcknowledgedAt { get; init; }
    /// <summary>Set when the nudge is about a curation round's deadline rather than a UMKM's step.</summary>
    [Id(14)] public string? RoundId { get; init; }

    public static string IdFor(string kecamatan, string umkm, string track, string step, NudgeRung rung) => $"{kecamatan}~{umkm}~{track}~{step}~{rung}";

    /// <summary>The kecamatan whose outbox holds the nudge with this id, or null if the id is malformed.</summary>
    public static string? KecamatanOf(string id) => id.Split('~') is { Length: 5 } parts ? parts[0] : null;
}
