namespace KakakAsuh.FaultTests.Load;

/// <summary>A command the API acknowledged (2xx): <paramref name="Action"/> must be in the UMKM's stored history.</summary>
public sealed record Acknowledged(string UmkmId, string Action, DateTimeOffset At);
