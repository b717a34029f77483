namespace KakakAsuh.ClientApi.Privacy;

/// <summary>A correction of the owner's data: null leaves a field as it is, an empty NIK or phone removes it.</summary>
public sealed record PersonalDataCorrectionRequest(string? OwnerName, string? Nik, string? Phone);
