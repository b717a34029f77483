namespace KakakAsuh.Umkm;

/// <summary>One mentoring track (halal, trademark, packaging, ...) in a UMKM's plan, with its steps in order.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.TrackPlan")]
public sealed record TrackPlan
{
    [Id(0)] public string Track { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public IReadOnlyList<StepState> Steps { get; init; } = [];

    public bool IsClosed => Steps.All(s => s.IsClosed);
}
