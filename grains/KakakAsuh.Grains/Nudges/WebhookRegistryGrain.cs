using KakakAsuh.Common;
using KakakAsuh.Nudges;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// The registered webhook receivers, their secrets protected (<see cref="WebhookSecrets"/>). A receiver's URL is checked
/// before it is stored (<see cref="WebhookTargetGuard"/>); removing one drops its delivery queue first, so no queue of a
/// removed receiver keeps retrying or keeps nudges that erasure would have to find.
/// </summary>
[GrainType(GrainTypes.WebhookRegistry)]
public sealed class WebhookRegistryGrain(
    [PersistentState(StateNames.Webhooks, StorageNames.Programme)] IPersistentState<List<WebhookReceiver>> store,
    WebhookTargetGuard guard,
    WebhookSecrets secrets) : Grain, IWebhookRegistryGrain
{
    /// <summary>Secrets stored before they were protected are protected now.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (store.State.Any(r => !WebhookSecrets.IsProtected(r.Secret)))
        {
            store.State = [.. store.State.Select(r => r with { Secret = secrets.Protect(r.Secret) })];
            await store.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<Refusal?> RegisterAsync(WebhookReceiver receiver)
    {
        if (await guard.RefusalAsync(receiver.Url) is { } refusal)
        {
            return Refusal.Invalid("webhook-target-refused", refusal, "url");
        }
        await Delivery(receiver.Id).ResumeAsync();
        store.State.RemoveAll(r => r.Id == receiver.Id);
        store.State.Add(receiver with { Secret = secrets.Protect(receiver.Secret) });
        await store.WriteStateAsync();
        return null;
    }

    public async Task<bool> RemoveAsync(string id)
    {
        if (!store.State.Any(r => r.Id == id))
        {
            return false;
        }
        // The queue first: should this fail, the receiver stays registered (and erasure still reaches its queue).
        await Delivery(id).StopAsync();
        store.State.RemoveAll(r => r.Id == id);
        await store.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<WebhookReceiver>> ListAsync() => Task.FromResult<IReadOnlyList<WebhookReceiver>>([.. store.State]);

    private IWebhookDeliveryGrain Delivery(string id) => GrainFactory.GetGrain<IWebhookDeliveryGrain>(id);
}
