namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Adds a candidate mentor.</summary>
public sealed record MentorCandidateRequest(string? MentorId);
