namespace KakakAsuh.Nudges;

/// <summary>
/// A receiver's delivery queue: what waits, what was delivered, and the kind of the last failure (<c>timeout</c>,
/// <c>connection failed</c>, <c>refused address</c>, <c>http 503</c>, ...), which never names the target or repeats its answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.WebhookDeliveryStatus")]
public sealed record WebhookDeliveryStatus(
    [property: Id(0)] int Pending,
    [property: Id(1)] int Delivered,
    [property: Id(2)] string? LastError,
    [property: Id(3)] DateTimeOffset? LastErrorAt);
