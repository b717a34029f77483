namespace KakakAsuh.Summaries;

/// <summary>The live figures of one area (kelurahan, kecamatan or the city).</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.AreaSummary")]
public sealed record AreaSummary
{
    [Id(0)] public string Code { get; init; } = "";
    [Id(1)] public IReadOnlyDictionary<string, long> Counts { get; init; } = new Dictionary<string, long>();
    /// <summary>When the figures were read.</summary>
    [Id(2)] public DateTimeOffset AsOf { get; init; }
    /// <summary>When a report last changed them.</summary>
    [Id(3)] public DateTimeOffset? LastChangeAt { get; init; }
    /// <summary>How many sources (UMKM and mentors, or child areas) report to this area.</summary>
    [Id(4)] public int Sources { get; init; }

    public long this[string key] => Counts.TryGetValue(key, out var value) ? value : 0;
}
