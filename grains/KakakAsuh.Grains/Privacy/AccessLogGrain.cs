using KakakAsuh.Privacy;
using KakakAsuh.Storage.Privacy;

namespace KakakAsuh.Grains.Privacy;

/// <summary>
/// One day of the personal-data access log, kept as rows of <see cref="AccessLogTable"/> (one per entry), so a busy
/// day never outgrows a grain's state; the first entry this activation records registers the day in the index (adding
/// a day twice changes nothing there). An entry that cannot be written throws, and the API then serves nothing.
/// Days logged before the entries became rows keep them in the grain's state (<paramref name="legacy"/>): they are
/// read beside the rows and cleared with them, and nothing is added there any more.
/// </summary>
[GrainType(GrainTypes.AccessLog)]
public sealed class AccessLogGrain(
    [PersistentState(StateNames.AccessLog, StorageNames.Programme)] IPersistentState<List<AccessLogEntry>> legacy,
    AccessLogTable table) : Grain, IAccessLogGrain
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

    public async Task<IReadOnlyList<AccessLogEntry>> QueryAsync(AccessLogQuery query)
    {
        var rows = await table.QueryAsync(Day, query);
        return legacy.State.Count == 0 ? rows : [.. legacy.State.Where(query.Matches).Concat(rows).OrderBy(e => e.At)];
    }

    public async Task ClearAsync()
    {
        await table.ClearAsync(Day);
        if (legacy.RecordExists)
        {
            await legacy.ClearStateAsync();
        }
        legacy.State = [];
    }
}
