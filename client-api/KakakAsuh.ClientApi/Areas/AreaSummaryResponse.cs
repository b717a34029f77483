using KakakAsuh.ReferenceData;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Areas;

/// <summary>An area's live figures as district heads read them.</summary>
public sealed record AreaSummaryResponse(
    string Code,
    string Name,
    string Level,
    long UmkmTotal,
    long WithNib,
    long WithQris,
    long WithHalal,
    long WithTrademark,
    long MentorsActive,
    long MenteesInMentoring,
    long Graduations,
    long StepsDone,
    long StepsOpen,
    long StepsOverdue,
    long NudgesSent,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, TrackFigures> Tracks,
    DateTimeOffset AsOf,
    DateTimeOffset? LastChangeAt)
{
    public static AreaSummaryResponse From(Area area, AreaSummary summary, TrackCatalog tracks)
    {
        var byTrack = tracks.Tracks.ToDictionary(
            t => t.Key,
            t => new TrackFigures(summary[CountKeys.Steps(t.Key, StepCount.Done)], summary[CountKeys.Steps(t.Key, StepCount.Open)], summary[CountKeys.Steps(t.Key, StepCount.Overdue)]));
        return new AreaSummaryResponse(
            area.Code,
            area.Name,
            area.Level.ToString().ToLowerInvariant(),
            summary[CountKeys.Umkm],
            summary[CountKeys.WithNib],
            summary[CountKeys.WithQris],
            summary[CountKeys.WithHalal],
            summary[CountKeys.WithTrademark],
            summary[CountKeys.MentorsActive],
            summary[CountKeys.MenteesInMentoring],
            summary[CountKeys.Graduations],
            byTrack.Values.Sum(t => t.Done),
            byTrack.Values.Sum(t => t.Open),
            byTrack.Values.Sum(t => t.Overdue),
            summary[CountKeys.NudgesSent],
            Enum.GetValues<ProgrammeStatus>().Where(s => s != ProgrammeStatus.None)
                .ToDictionary(s => s.ToString().ToLowerInvariant(), s => summary[CountKeys.Status(s)]),
            byTrack,
            summary.AsOf,
            summary.LastChangeAt);
    }
}

/// <summary>Steps of one track in an area.</summary>
public sealed record TrackFigures(long Done, long Open, long Overdue);
