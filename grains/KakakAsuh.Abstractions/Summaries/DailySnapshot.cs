namespace KakakAsuh.Summaries;

/// <summary>An area's figures on one day.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.DailySnapshot")]
public sealed record DailySnapshot([property: Id(0)] DateOnly Day, [property: Id(1)] IReadOnlyDictionary<string, long> Counts);
