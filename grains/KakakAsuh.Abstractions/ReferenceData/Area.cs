namespace KakakAsuh.ReferenceData;

/// <summary>One administrative area of West Jakarta (Kemendagri code), from <c>wilayah-jakarta-barat.csv</c>.</summary>
public sealed record Area(string Code, AreaLevel Level, string Name, string? ParentCode, string? PostalCode);

/// <summary>The level of an administrative area.</summary>
public enum AreaLevel
{
    Kota,
    Kecamatan,
    Kelurahan,
}
