using KakakAsuh.Common;

namespace KakakAsuh.Grains.Common;

/// <summary>A durable, ordered set of ids.</summary>
[GrainType(GrainTypes.Registry)]
public sealed class RegistryGrain(
    [PersistentState(StateNames.Registry, StorageNames.Programme)] IPersistentState<List<string>> store) : Grain, IRegistryGrain
{
    public async Task AddAsync(string id)
    {
        if (!store.State.Contains(id))
        {
            store.State.Add(id);
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. store.State]);

    public Task<RegistryPage> PageAsync(int skip, int take) =>
        Task.FromResult(new RegistryPage(store.State.Count, [.. Enumerable.Reverse(store.State).Skip(Math.Max(0, skip)).Take(Math.Max(0, take))]));
}
