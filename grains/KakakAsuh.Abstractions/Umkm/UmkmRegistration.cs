namespace KakakAsuh.Umkm;

/// <summary>What staff enter to register a UMKM binaan.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmRegistration")]
public sealed record UmkmRegistration
{
    [Id(0)] public UmkmProfile Profile { get; init; } = new();
    /// <summary>What it already holds before the programme (NIB, QRIS, halal certificate, trademark).</summary>
    [Id(1)] public Holdings Holdings { get; init; } = new();
}
