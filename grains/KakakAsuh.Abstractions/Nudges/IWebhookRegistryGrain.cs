using KakakAsuh.Common;

namespace KakakAsuh.Nudges;

/// <summary>The registered webhook receivers (key <see cref="Key"/>).</summary>
[Alias("KakakAsuh.Nudges.IWebhookRegistryGrain")]
public interface IWebhookRegistryGrain : IGrainWithStringKey
{
    const string Key = "webhooks";

    /// <summary>Registers (or replaces) a receiver; refused, changing nothing, if its URL is not an allowed target (https, a public address).</summary>
    Task<Refusal?> RegisterAsync(WebhookReceiver receiver);

    /// <summary>Removes a receiver and drops its delivery queue; false if there is no such receiver.</summary>
    Task<bool> RemoveAsync(string id);

    /// <summary>
    /// The receivers, their secrets in the protected form they are stored in. It reads memory only, so it may run while
    /// the registry waits on a delivery queue (which may itself be asking this).
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<WebhookReceiver>> ListAsync();
}
