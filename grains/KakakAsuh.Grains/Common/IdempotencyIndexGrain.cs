using KakakAsuh.Common;
using KakakAsuh.Grains.Privacy;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Common;

/// <summary>
/// One UMKM's idempotency records, noted with when they were stored. As new ones come, records older than
/// <see cref="RetentionOptions.IdempotentResponses"/> (which no replay reads any more) are removed with their notes, so
/// the list stays as short as the records that can still be replayed.
/// </summary>
[GrainType(GrainTypes.IdempotencyIndex)]
public sealed class IdempotencyIndexGrain(
    [PersistentState(StateNames.IdempotencyIndex, StorageNames.Programme)] IPersistentState<Dictionary<string, DateTimeOffset>> store,
    TimeProvider time,
    IOptions<RetentionOptions> retention) : Grain, IIdempotencyIndexGrain
{
    public async Task AddAsync(string idempotencyKey)
    {
        var now = time.GetUtcNow();
        var expired = store.State.Where(e => now - e.Value >= retention.Value.IdempotentResponses).Select(e => e.Key).ToList();
        await Task.WhenAll(expired.Select(k => GrainFactory.GetGrain<IIdempotencyGrain>(k).ForgetAsync()));
        foreach (var key in expired)
        {
            store.State.Remove(key);
        }
        store.State[idempotencyKey] = now;
        await store.WriteStateAsync();
    }

    public async Task EraseAsync()
    {
        await Task.WhenAll(store.State.Keys.Select(k => GrainFactory.GetGrain<IIdempotencyGrain>(k).ForgetAsync()));
        await store.ClearStateAsync();
        store.State = [];
    }
}
