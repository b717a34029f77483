namespace KakakAsuh.ClientApi.Limits;

/// <summary>How large and deep a request may be (section <c>RequestLimits</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest request body of most endpoints.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest body of an endpoint marked with <see cref="LargeBody"/> (the CSV import: 10,000 rows).</summary>
    public long MaxLargeBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The deepest nesting of a JSON body.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    public static bool IsValid(RequestLimitOptions o) =>
        o.MaxBodyBytes > 0 && o.MaxLargeBodyBytes >= o.MaxBodyBytes && o.MaxJsonDepth is > 0 and <= 256;
}
