using KakakAsuh.Common;

namespace KakakAsuh.Grains.Common;

/// <summary>Whether a data set was seeded.</summary>
[GrainType(GrainTypes.Seed)]
public sealed class SeedGrain(
    [PersistentState(StateNames.Seed, StorageNames.Programme)] IPersistentState<SeedGrain.Record> store) : Grain, ISeedGrain
{
    public Task<DateTimeOffset?> CompletedAtAsync() => Task.FromResult(store.State.CompletedAt);

    public async Task MarkCompletedAsync(DateTimeOffset at)
    {
        store.State = new Record { CompletedAt = at };
        await store.WriteStateAsync();
    }

    /// <summary>The stored marker.</summary>
    public sealed class Record
    {
        public DateTimeOffset? CompletedAt { get; set; }
    }
}
