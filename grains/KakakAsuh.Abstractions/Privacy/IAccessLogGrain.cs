namespace KakakAsuh.Privacy;

/// <summary>
/// The personal-data access log of one Jakarta day (key <c>yyyy-MM-dd</c>): a shard per day keeps each stored
/// entity small, and lets retention drop whole days.
/// </summary>
[Alias("KakakAsuh.Privacy.IAccessLogGrain")]
public interface IAccessLogGrain : IGrainWithStringKey
{
    /// <summary>Appends an entry durably, before the caller sees the data.</summary>
    Task RecordAsync(AccessLogEntry entry);

    /// <summary>The day's entries that match, oldest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<AccessLogEntry>> QueryAsync(AccessLogQuery query);

    /// <summary>Drops the day's entries (its retention ended).</summary>
    Task ClearAsync();

    public static string KeyFor(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
