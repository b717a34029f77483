using KakakAsuh.Umkm;

namespace KakakAsuh.Summaries;

/// <summary>A filter and page over a kelurahan's UMKM.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmQuery")]
public sealed record UmkmQuery
{
    [Id(0)] public ProgrammeStatus? Status { get; init; }
    [Id(1)] public string? Track { get; init; }
    [Id(2)] public bool OverdueOnly { get; init; }
    [Id(3)] public int Skip { get; init; }
    [Id(4)] public int Take { get; init; } = 50;
}
