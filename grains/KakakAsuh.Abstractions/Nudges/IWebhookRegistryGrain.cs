namespace KakakAsuh.Nudges;

/// <summary>The registered webhook receivers (key <see cref="Key"/>).</summary>
[Alias("KakakAsuh.Nudges.IWebhookRegistryGrain")]
public interface IWebhookRegistryGrain : IGrainWithStringKey
{
    const string Key = "webhooks";

    Task RegisterAsync(WebhookReceiver receiver);

    Task<bool> RemoveAsync(string id);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<WebhookReceiver>> ListAsync();
}
