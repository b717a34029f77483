namespace KakakAsuh.ClientApi.Privacy;

/// <summary>The owner's personal data.</summary>
public sealed record OwnerData(string Name, string? Nik, string? Phone);
