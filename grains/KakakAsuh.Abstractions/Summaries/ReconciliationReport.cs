namespace KakakAsuh.Summaries;

[GenerateSerializer, Immutable, Alias("KakakAsuh.ReconciliationReport")]
public sealed record ReconciliationReport(
    [property: Id(0)] int Umkm,
    [property: Id(1)] int Mentors,
    [property: Id(2)] DateTimeOffset FinishedAt);
