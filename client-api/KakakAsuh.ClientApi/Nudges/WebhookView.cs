using KakakAsuh.Nudges;

namespace KakakAsuh.ClientApi.Nudges;

/// <summary>
/// A registered webhook as admins read it: never its signing secret; its queue's counts and the kind of its last
/// failure (<c>timeout</c>, <c>http 503</c>, ...), never the target's address or answer.
/// </summary>
public sealed record WebhookView(string Id, Uri Url, string AreaCode, int Pending = 0, int Delivered = 0, string? LastError = null, DateTimeOffset? LastErrorAt = null)
{
    public static WebhookView Of(WebhookReceiver receiver, WebhookDeliveryStatus? queue) =>
        new(receiver.Id, receiver.Url, receiver.AreaCode, queue?.Pending ?? 0, queue?.Delivered ?? 0, queue?.LastError, queue?.LastErrorAt);
}
