namespace KakakAsuh.Common;

[GenerateSerializer, Immutable, Alias("KakakAsuh.IdempotencyAnswer")]
public sealed record IdempotencyAnswer([property: Id(0)] IdempotencyOutcome Outcome, [property: Id(1)] StoredResponse? Response = null);
