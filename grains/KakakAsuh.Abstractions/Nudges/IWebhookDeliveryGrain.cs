namespace KakakAsuh.Nudges;

/// <summary>Delivers nudges to one receiver (key: the receiver id), retrying until each is acknowledged.</summary>
[Alias("KakakAsuh.Nudges.IWebhookDeliveryGrain")]
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
