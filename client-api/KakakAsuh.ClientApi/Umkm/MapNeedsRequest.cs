namespace KakakAsuh.ClientApi.Umkm;

/// <summary>The tracks a UMKM needs help with (pemetaan).</summary>
public sealed record MapNeedsRequest(IReadOnlyList<string>? Tracks);
