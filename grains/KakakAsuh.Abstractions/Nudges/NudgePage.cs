namespace KakakAsuh.Nudges;

[GenerateSerializer, Immutable, Alias("KakakAsuh.NudgePage")]
public sealed record NudgePage([property: Id(0)] int Total, [property: Id(1)] IReadOnlyList<Nudge> Items);
