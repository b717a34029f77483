namespace KakakAsuh.Privacy;

/// <summary>
/// One processing of personal data in full (UU PDP's record of processing): who, when, which UMKM, which
/// fields, what was done (read, export, correct, erase) and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.AccessLogEntry")]
public sealed record AccessLogEntry
{
    [Id(0)] public DateTimeOffset At { get; init; }
    [Id(1)] public string Actor { get; init; } = "";
    [Id(2)] public string UmkmId { get; init; } = "";
    [Id(3)] public IReadOnlyList<string> Fields { get; init; } = [];
    [Id(4)] public string Action { get; init; } = "";
    [Id(5)] public string Purpose { get; init; } = "";
}
