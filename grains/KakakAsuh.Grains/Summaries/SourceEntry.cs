using KakakAsuh.Summaries;

namespace KakakAsuh.Grains.Summaries;

/// <summary>The newest report of one source.</summary>
public sealed record SourceEntry(long Version, IReadOnlyDictionary<string, long> Counts, UmkmListing? Listing);
