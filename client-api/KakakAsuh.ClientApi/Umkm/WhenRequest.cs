namespace KakakAsuh.ClientApi.Umkm;

/// <summary>A command with an optional date it happened on, for recording after the fact.</summary>
public sealed record WhenRequest(DateTimeOffset? At);
