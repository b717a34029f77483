namespace KakakAsuh.Domain.ReferenceData;

/// <summary>One administrative area of West Jakarta (Kemendagri code), from <c>wilayah-jakarta-barat.csv</c>.</summary>
public sealed record Area(string Code, AreaLevel Level, string Name, string? ParentCode, string? PostalCode);
