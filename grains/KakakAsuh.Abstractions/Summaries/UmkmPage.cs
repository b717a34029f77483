namespace KakakAsuh.Summaries;

/// <summary>One page of a UMKM list, with the number of all matches.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmPage")]
public sealed record UmkmPage([property: Id(0)] int Total, [property: Id(1)] IReadOnlyList<UmkmListing> Items);
