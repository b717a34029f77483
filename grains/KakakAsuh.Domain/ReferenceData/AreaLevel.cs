namespace KakakAsuh.Domain.ReferenceData;

/// <summary>The level of an administrative area.</summary>
public enum AreaLevel
{
    Kota,
    Kecamatan,
    Kelurahan,
}
