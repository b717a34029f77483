namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Moves a mentee to another mentor.</summary>
public sealed record ReassignRequest(string? MentorId, string? Reason);
