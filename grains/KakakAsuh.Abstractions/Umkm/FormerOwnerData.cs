namespace KakakAsuh.Umkm;

/// <summary>
/// The owner data one correction replaced (null where the field did not change). Kept, as personal data, so that an
/// erasure and the redaction of free texts still find a name, NIK or phone someone wrote down before the correction.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.FormerOwnerData")]
public sealed record FormerOwnerData
{
    [Id(0)] public string? OwnerName { get; init; }
    [Id(1)] public string? Nik { get; init; }
    [Id(2)] public string? Phone { get; init; }
}
