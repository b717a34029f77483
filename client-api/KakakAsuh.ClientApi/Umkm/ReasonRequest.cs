namespace KakakAsuh.ClientApi.Umkm;

/// <summary>A command that needs a reason (return, skip, withdraw), optionally recorded after the fact.</summary>
public sealed record ReasonRequest(string? Reason, DateTimeOffset? At);
