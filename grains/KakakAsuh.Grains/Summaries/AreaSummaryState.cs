namespace KakakAsuh.Grains.Summaries;

/// <summary>An area summary's stored state: the newest report of each source, and their sum.</summary>
public sealed class AreaSummaryState
{
    public Dictionary<string, SourceEntry> Sources { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Totals { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset? LastChangeAt { get; set; }

    /// <summary>The version of the last totals pushed to the parent area; grows across restarts.</summary>
    public long PushedVersion { get; set; }
}
