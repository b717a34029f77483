namespace KakakAsuh.Domain.ReferenceData;

/// <summary>Where the reference data files are (configuration section <c>ReferenceData</c>).</summary>
public sealed class ReferenceDataOptions
{
    public const string Section = "ReferenceData";

    /// <summary>The folder; by default the <c>ReferenceData</c> folder shipped beside the binaries.</summary>
    public string? Folder { get; set; }

    public string WilayahFile { get; set; } = "wilayah-jakarta-barat.csv";

    public string HolidaysFile { get; set; } = "libur-nasional.csv";

    public string TracksFile { get; set; } = "mentoring-tracks.json";
}
