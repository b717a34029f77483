using KakakAsuh.Privacy;

namespace KakakAsuh.Grains.Privacy;

/// <summary>One day of the personal-data access log; the first entry of a day registers the day in the index.</summary>
[GrainType(GrainTypes.AccessLog)]
public sealed class AccessLogGrain(
    [PersistentState(StateNames.AccessLog, StorageNames.Programme)] IPersistentState<List<AccessLogEntry>> store) : Grain, IAccessLogGrain
{
    public async Task RecordAsync(AccessLogEntry entry)
    {
        if (store.State.Count == 0)
        {
            await GrainFactory.GetGrain<IAccessLogIndexGrain>(IAccessLogIndexGrain.Key).AddDayAsync(DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd"));
        }
        store.State.Add(entry);
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            store.State.RemoveAt(store.State.Count - 1);
            throw;
        }
    }

    public Task<IReadOnlyList<AccessLogEntry>> QueryAsync(AccessLogQuery query) =>
        Task.FromResult<IReadOnlyList<AccessLogEntry>>([.. store.State.Where(query.Matches)]);

    public async Task ClearAsync()
    {
        await store.ClearStateAsync();
        store.State = [];
    }
}
