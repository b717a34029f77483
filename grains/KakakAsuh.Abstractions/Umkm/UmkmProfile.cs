namespace KakakAsuh.Umkm;

/// <summary>
/// Who and where the business is. <see cref="OwnerName"/>, <see cref="Nik"/> and <see cref="Phone"/> are personal
/// data under UU PDP 27/2022: never log them.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmProfile")]
public sealed record UmkmProfile
{
    [Id(0)] public string BusinessName { get; init; } = "";
    [Id(1)] public string OwnerName { get; init; } = "";
    /// <summary>The owner's 16-digit national identity number, if given.</summary>
    [Id(2)] public string? Nik { get; init; }
    [Id(3)] public string? Phone { get; init; }
    /// <summary>The 5-digit KBLI business activity code.</summary>
    [Id(4)] public string Kbli { get; init; } = "";
    [Id(5)] public string Sector { get; init; } = "";
    /// <summary>One of West Jakarta's 56 kelurahan codes, e.g. <c>31.73.04.1001</c>.</summary>
    [Id(6)] public string KelurahanCode { get; init; } = "";
}
