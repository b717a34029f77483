namespace KakakAsuh.ClientApi.Limits;

/// <summary>Requests allowed per window (section <c>RateLimiting</c>): per token subject, and per IP address for anonymous callers.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public int PermitLimit { get; set; } = 600;

    public int AnonymousPermitLimit { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public static bool IsValid(RateLimitOptions o) => o.PermitLimit > 0 && o.AnonymousPermitLimit > 0 && o.Window > TimeSpan.Zero;
}
