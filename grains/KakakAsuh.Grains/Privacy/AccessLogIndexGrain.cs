using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Privacy;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Privacy;

/// <summary>The days holding access-log entries; drops the days older than the retention (<see cref="RetentionOptions.AccessLog"/>).</summary>
[GrainType(GrainTypes.AccessLogIndex)]
public sealed class AccessLogIndexGrain(
    [PersistentState(StateNames.AccessLogDays, StorageNames.Programme)] IPersistentState<SortedSet<DateOnly>> store,
    TimeProvider time,
    IOptions<RetentionOptions> retention) : Grain, IAccessLogIndexGrain
{
    public async Task AddDayAsync(DateOnly day)
    {
        await TrimAsync();
        if (store.State.Add(day))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<DateOnly>> DaysAsync(DateOnly from, DateOnly to)
    {
        await TrimAsync();
        return [.. store.State.GetViewBetween(from, to < from ? from : to).Reverse()];
    }

    /// <summary>Clears every day that ended before the retention's cut-off, then forgets it.</summary>
    private async Task TrimAsync()
    {
        var cutoff = DateOnly.FromDateTime((time.GetUtcNow() - retention.Value.AccessLog).ToOffset(WorkingCalendar.JakartaOffset).DateTime);
        var expired = store.State.Where(d => d < cutoff).ToList();
        if (expired.Count == 0)
        {
            return;
        }
        foreach (var day in expired)
        {
            await GrainFactory.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(day)).ClearAsync();
            store.State.Remove(day);
        }
        await store.WriteStateAsync();
    }
}
