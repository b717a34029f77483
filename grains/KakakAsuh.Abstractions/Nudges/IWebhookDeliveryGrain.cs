namespace KakakAsuh.Nudges;

/// <summary>Delivers nudges to one receiver (key: the receiver id), retrying until each is acknowledged.</summary>
[Alias("KakakAsuh.Nudges.IWebhookDeliveryGrain")]
public interface IWebhookDeliveryGrain : IGrainWithStringKey
{
    /// <summary>Queues nudges for delivery; ones already delivered or queued are skipped, and nothing is queued once the receiver is removed.</summary>
    Task EnqueueAsync(WebhookReceiver receiver, IReadOnlyList<Nudge> nudges);

    /// <summary>How many nudges wait for delivery and how many were delivered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<(int Pending, int Delivered)> StatusAsync();

    /// <summary>The queue as admins see it: counts and the last failure's kind ("timeout", "http 500"), never the target or its answer.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<WebhookDeliveryStatus> DescribeAsync();

    /// <summary>Erasure: the given personal values are scrubbed from this UMKM's nudges still waiting for delivery.</summary>
    Task EraseAsync(string umkmId, IReadOnlyList<string> values);

    /// <summary>The receiver was removed: every waiting nudge is dropped and nothing more is queued until <see cref="ResumeAsync"/>.</summary>
    Task StopAsync();

    /// <summary>The receiver was registered (again): its queue takes nudges.</summary>
    Task ResumeAsync();
}
