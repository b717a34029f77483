using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.ReferenceData;

/// <summary>A mentoring track's template from <c>mentoring-tracks.json</c>.</summary>
public sealed record TrackTemplate
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    /// <summary>What the UMKM must hold before the track's first step starts (halal needs an NIB).</summary>
    public IReadOnlyList<Holding> Requires { get; init; } = [];
    public required IReadOnlyList<StepTemplate> Steps { get; init; }

    /// <summary>What completing the track finally gives the UMKM, if anything.</summary>
    public Holding? FinalGrant => Steps.LastOrDefault(s => s.Grants is not null)?.Grants;
}
