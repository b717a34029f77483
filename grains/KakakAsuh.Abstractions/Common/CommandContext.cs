namespace KakakAsuh.Common;

/// <summary>Who issues a command and why; every accepted command records both in the grain's history.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandContext")]
public sealed record CommandContext([property: Id(0)] string Actor, [property: Id(1)] string? Reason = null);
