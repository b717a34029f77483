using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Mentors;

/// <summary>One track's progress: steps closed (done or skipped) of all, and the step it is at.</summary>
public sealed record TrackProgress(string Track, int Done, int Total, string? CurrentStep)
{
    public static TrackProgress Of(TrackPlan track) =>
        new(track.Track, track.Steps.Count(s => s.IsClosed), track.Steps.Count, track.Steps.FirstOrDefault(s => !s.IsClosed)?.Key);
}
