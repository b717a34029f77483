namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Adds a candidate mentee.</summary>
public sealed record MenteeCandidateRequest(string? UmkmId);
