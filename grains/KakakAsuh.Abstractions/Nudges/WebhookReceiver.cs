namespace KakakAsuh.Nudges;

/// <summary>
/// A system that wants every nudge of an area as a signed JSON POST: the body is signed with HMAC-SHA256
/// under <see cref="Secret"/> (header <c>X-KakakAsuh-Signature: sha256=...</c>) and carries the nudge id
/// (also in <c>X-KakakAsuh-Nudge-Id</c>). A 2xx answer acknowledges it; anything else is retried with back-off.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.WebhookReceiver")]
public sealed record WebhookReceiver(
    [property: Id(0)] string Id,
    [property: Id(1)] Uri Url,
    [property: Id(2)] string Secret,
    [property: Id(3)] string AreaCode);

/// <summary>The registered webhook receivers (key <see cref="Key"/>).</summary>
public interface IWebhookRegistryGrain : IGrainWithStringKey
{
    const string Key = "webhooks";

    Task RegisterAsync(WebhookReceiver receiver);

    Task<bool> RemoveAsync(string id);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<WebhookReceiver>> ListAsync();
}

/// <summary>Delivers nudges to one receiver (key: the receiver id), retrying until each is acknowledged.</summary>
public interface IWebhookDeliveryGrain : IGrainWithStringKey
{
    /// <summary>Queues nudges for delivery; ones already delivered or queued are skipped.</summary>
    Task EnqueueAsync(WebhookReceiver receiver, IReadOnlyList<Nudge> nudges);

    /// <summary>How many nudges wait for delivery and how many were delivered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<(int Pending, int Delivered)> StatusAsync();

    /// <summary>Erasure: the given personal values are scrubbed from this UMKM's nudges still waiting for delivery.</summary>
    Task EraseAsync(string umkmId, IReadOnlyList<string> values);
}
