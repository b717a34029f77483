namespace KakakAsuh.Privacy;

/// <summary>Which access-log entries to read: every filter optional, the range in Jakarta days.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.AccessLogQuery")]
public sealed record AccessLogQuery
{
    [Id(0)] public string? UmkmId { get; init; }
    [Id(1)] public string? Actor { get; init; }
    [Id(2)] public string? Action { get; init; }

    public bool Matches(AccessLogEntry entry) =>
        (UmkmId is null || entry.UmkmId == UmkmId) && (Actor is null || entry.Actor == Actor) && (Action is null || entry.Action == Action);
}
