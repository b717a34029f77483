namespace KakakAsuh.Domain.ReferenceData;

/// <summary>The programme's reference data: areas, the working-day calendar and the mentoring track templates.</summary>
public sealed record ProgrammeReferenceData(WilayahCatalog Wilayah, WorkingCalendar Calendar, TrackCatalog Tracks)
{
    /// <summary>The folder the project ships its reference data in, beside the assembly.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    public static ProgrammeReferenceData Load(ReferenceDataOptions options)
    {
        var folder = options.Folder ?? DefaultFolder;
        return new ProgrammeReferenceData(
            WilayahCatalog.Load(Path.Combine(folder, options.WilayahFile)),
            WorkingCalendar.Load(Path.Combine(folder, options.HolidaysFile)),
            TrackCatalog.Load(Path.Combine(folder, options.TracksFile)));
    }
}
