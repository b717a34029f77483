using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Summaries;

/// <summary>An area's figures as district heads read them, live or as of a day: counts by holding, status and track.</summary>
public sealed record AreaFigures(
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
    public static AreaFigures From(Area area, AreaSummary summary, TrackCatalog tracks)
    {
        var byTrack = tracks.Tracks.ToDictionary(
            t => t.Key,
            t => new TrackFigures(summary[CountKeys.Steps(t.Key, StepCount.Done)], summary[CountKeys.Steps(t.Key, StepCount.Open)], summary[CountKeys.Steps(t.Key, StepCount.Overdue)]));
        return new AreaFigures(
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
            Steps(summary, StepCount.Done, byTrack.Values.Sum(t => t.Done)),
            Steps(summary, StepCount.Open, byTrack.Values.Sum(t => t.Open)),
            Steps(summary, StepCount.Overdue, byTrack.Values.Sum(t => t.Overdue)),
            summary[CountKeys.NudgesSent],
            Enum.GetValues<ProgrammeStatus>().Where(s => s != ProgrammeStatus.None)
                .ToDictionary(s => s.ToString().ToLowerInvariant(), s => summary[CountKeys.Status(s)]),
            byTrack,
            summary.AsOf,
            summary.LastChangeAt);
    }

    /// <summary>The figures of a daily snapshot, as they stood at the end of its Jakarta day.</summary>
    public static AreaFigures Of(Area area, DailySnapshot snapshot, TrackCatalog tracks) =>
        From(area, new AreaSummary { Code = area.Code, Counts = snapshot.Counts, AsOf = EndOf(snapshot.Day) }, tracks);

    private static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), WorkingCalendar.JakartaOffset);

    /// <summary>A daily snapshot keeps only the step totals (<c>steps:done</c>...); live figures add up the tracks.</summary>
    private static long Steps(AreaSummary summary, StepCount count, long sumOfTracks) =>
        summary.Counts.TryGetValue("steps:" + count.ToString().ToLowerInvariant(), out var total) ? total : sumOfTracks;
}
