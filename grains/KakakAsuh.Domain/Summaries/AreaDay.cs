using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Summaries;

namespace KakakAsuh.Domain.Summaries;

/// <summary>An area's figures on one day of its history.</summary>
public sealed record AreaDay(DateOnly Day, AreaFigures Figures)
{
    public static AreaDay Of(Area area, DailySnapshot snapshot, TrackCatalog tracks) => new(snapshot.Day, AreaFigures.Of(area, snapshot, tracks));
}
