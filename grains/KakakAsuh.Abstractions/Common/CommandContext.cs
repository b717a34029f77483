namespace KakakAsuh.Common;

/// <summary>
/// Who issues a command and why; every accepted command records both in the grain's history.
/// <see cref="At"/> records something that already happened (a step finished last Tuesday, a back-filled
/// programme): it may not lie in the future, nor before the grain's last recorded event.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandContext")]
public sealed record CommandContext(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] DateTimeOffset? At = null);
