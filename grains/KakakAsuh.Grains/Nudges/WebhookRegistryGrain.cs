using KakakAsuh.Nudges;

namespace KakakAsuh.Grains.Nudges;

/// <summary>The registered webhook receivers.</summary>
[GrainType(GrainTypes.WebhookRegistry)]
public sealed class WebhookRegistryGrain(
    [PersistentState(StateNames.Webhooks, StorageNames.Programme)] IPersistentState<List<WebhookReceiver>> store) : Grain, IWebhookRegistryGrain
{
    public async Task RegisterAsync(WebhookReceiver receiver)
    {
        store.State.RemoveAll(r => r.Id == receiver.Id);
        store.State.Add(receiver);
        await store.WriteStateAsync();
    }

    public async Task<bool> RemoveAsync(string id)
    {
        if (store.State.RemoveAll(r => r.Id == id) == 0)
        {
            return false;
        }
        await store.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<WebhookReceiver>> ListAsync() => Task.FromResult<IReadOnlyList<WebhookReceiver>>([.. store.State]);
}
