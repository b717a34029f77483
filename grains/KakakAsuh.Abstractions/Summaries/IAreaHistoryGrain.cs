namespace KakakAsuh.Summaries;

/// <summary>
/// An area's figures day by day (key: the wilayah code), for trends and "as of" questions. One snapshot per
/// Jakarta calendar day, the last two years kept.
/// </summary>
[Alias("KakakAsuh.Summaries.IAreaHistoryGrain")]
public interface IAreaHistoryGrain : IGrainWithStringKey
{
    /// <summary>Records the area's figures as they are on <paramref name="day"/> (the last record of a day wins).</summary>
    Task RecordAsync(DailySnapshot snapshot);

    /// <summary>The snapshots from <paramref name="from"/> to <paramref name="to"/>, oldest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<DailySnapshot>> RangeAsync(DateOnly from, DateOnly to);

    /// <summary>The figures as they stood at the end of <paramref name="day"/>, or null before the first record.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DailySnapshot?> AsOfAsync(DateOnly day);
}
