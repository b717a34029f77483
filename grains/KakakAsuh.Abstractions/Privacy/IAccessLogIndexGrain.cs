namespace KakakAsuh.Privacy;

/// <summary>
/// The days that hold access-log entries (one grain, key <see cref="Key"/>). It applies the access log's
/// retention: days older than it are cleared whenever a day is added or the days are listed.
/// </summary>
[Alias("KakakAsuh.Privacy.IAccessLogIndexGrain")]
public interface IAccessLogIndexGrain : IGrainWithStringKey
{
    public const string Key = "access-log";

    /// <summary>Notes that a day holds entries.</summary>
    Task AddDayAsync(DateOnly day);

    /// <summary>The days with entries in a range, newest first.</summary>
    Task<IReadOnlyList<DateOnly>> DaysAsync(DateOnly from, DateOnly to);
}
