namespace KakakAsuh.Domain.Summaries;

/// <summary>Steps of one track in an area.</summary>
public sealed record TrackFigures(long Done, long Open, long Overdue);
