namespace KakakAsuh.Umkm;

/// <summary>
/// A data subject's correction of the owner's personal data: a null field stays as it is; an empty NIK or phone
/// removes it. The history records which fields changed, never their values.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.PersonalDataCorrection")]
public sealed record PersonalDataCorrection
{
    [Id(0)] public string? OwnerName { get; init; }
    [Id(1)] public string? Nik { get; init; }
    [Id(2)] public string? Phone { get; init; }
}
