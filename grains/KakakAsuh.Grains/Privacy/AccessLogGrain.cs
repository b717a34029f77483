using KakakAsuh.Privacy;
using KakakAsuh.Storage.Privacy;

namespace KakakAsuh.Grains.Privacy;

/// <summary>
/// One day of the personal-data access log, kept as rows of <see cref="AccessLogTable"/> (one per entry), so a busy
/// day never outgrows a grain's state; the first entry this activation records registers the day in the index (adding
/// a day twice changes nothing there). An entry that cannot be written throws, and the API then serves nothing.
/// </summary>
[GrainType(GrainTypes.AccessLog)]
public sealed class AccessLogGrain(AccessLogTable table) : Grain, IAccessLogGrain
{
    private bool indexed;

    private DateOnly Day => DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd");

    public async Task RecordAsync(AccessLogEntry entry)
    {
        if (!indexed)
        {
            await GrainFactory.GetGrain<IAccessLogIndexGrain>(IAccessLogIndexGrain.Key).AddDayAsync(Day);
            indexed = true;
        }
        await table.AddAsync(Day, entry);
    }

    public Task<IReadOnlyList<AccessLogEntry>> QueryAsync(AccessLogQuery query) => table.QueryAsync(Day, query);

    public Task ClearAsync() => table.ClearAsync(Day);
}
