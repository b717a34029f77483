namespace KakakAsuh.ClientApi.Rounds;

/// <summary>A mentor picks a mentee.</summary>
public sealed record PickRequest(string? MentorId, string? UmkmId);
