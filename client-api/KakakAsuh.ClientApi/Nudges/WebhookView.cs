using KakakAsuh.Nudges;

namespace KakakAsuh.ClientApi.Nudges;

/// <summary>A registered webhook as admins read it: never its signing secret.</summary>
public sealed record WebhookView(string Id, Uri Url, string AreaCode)
{
    public static WebhookView Of(WebhookReceiver receiver) => new(receiver.Id, receiver.Url, receiver.AreaCode);
}
