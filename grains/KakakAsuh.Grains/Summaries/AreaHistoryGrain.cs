using KakakAsuh.Summaries;

namespace KakakAsuh.Grains.Summaries;

/// <summary>Keeps one snapshot per day for an area, at most <see cref="MaxDays"/> of them.</summary>
[GrainType(GrainTypes.AreaHistory)]
public sealed class AreaHistoryGrain(
    [PersistentState(StateNames.History, StorageNames.Programme)] IPersistentState<List<DailySnapshot>> store) : Grain, IAreaHistoryGrain
{
    /// <summary>Two years of days: about 15 counts a day keeps the stored state near 200 KB.</summary>
    public const int MaxDays = 731;

    public async Task RecordAsync(DailySnapshot snapshot)
    {
        var days = store.State;
        var at = days.FindIndex(d => d.Day >= snapshot.Day);
        if (at >= 0 && days[at].Day == snapshot.Day)
        {
            days[at] = snapshot;
        }
        else
        {
            days.Insert(at < 0 ? days.Count : at, snapshot);
        }
        if (days.Count > MaxDays)
        {
            days.RemoveRange(0, days.Count - MaxDays);
        }
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<DailySnapshot>> RangeAsync(DateOnly from, DateOnly to) =>
        Task.FromResult<IReadOnlyList<DailySnapshot>>([.. store.State.Where(d => d.Day >= from && d.Day <= to)]);

    public Task<DailySnapshot?> AsOfAsync(DateOnly day) =>
        Task.FromResult(store.State.LastOrDefault(d => d.Day <= day));
}
