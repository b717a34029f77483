namespace KakakAsuh.Summaries;

/// <summary>
/// What one source (a UMKM, a mentor, or a child area) contributes to an area summary. A summary keeps the
/// newest report per source: an older or repeated version changes nothing, so duplicates and reordering
/// cannot skew the totals.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.SourceReport")]
public sealed record SourceReport(
    [property: Id(0)] string SourceId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyDictionary<string, long> Counts,
    [property: Id(3)] UmkmListing? Listing = null);
