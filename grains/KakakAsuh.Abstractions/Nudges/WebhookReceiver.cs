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
