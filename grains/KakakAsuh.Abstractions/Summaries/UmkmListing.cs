using KakakAsuh.Umkm;

namespace KakakAsuh.Summaries;

/// <summary>A UMKM as an area's list shows it: no personal data.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmListing")]
public sealed record UmkmListing
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string BusinessName { get; init; } = "";
    [Id(2)] public string KelurahanCode { get; init; } = "";
    [Id(3)] public ProgrammeStatus Status { get; init; }
    [Id(4)] public IReadOnlyList<string> Tracks { get; init; } = [];
    [Id(5)] public string? MentorId { get; init; }
    [Id(6)] public int OverdueSteps { get; init; }
}
