namespace KakakAsuh.Nudges;

/// <summary>
/// A system that wants every nudge of an area as a signed JSON POST to an https URL. Each request carries
/// <c>X-KakakAsuh-Timestamp</c> (Unix seconds) and <c>X-KakakAsuh-Signature: sha256=...</c>, the hex HMAC-SHA256 under
/// <see cref="Secret"/> of <c>{timestamp}.{body}</c>, so a receiver can refuse old or replayed requests; the nudge id
/// is in the body and in <c>X-KakakAsuh-Nudge-Id</c>. A 2xx answer acknowledges it; anything else (a redirect
/// too) is retried with back-off. Once registered, <see cref="Secret"/> is stored and passed on only in protected form.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.WebhookReceiver")]
public sealed record WebhookReceiver(
    [property: Id(0)] string Id,
    [property: Id(1)] Uri Url,
    [property: Id(2)] string Secret,
    [property: Id(3)] string AreaCode);
