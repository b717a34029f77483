namespace KakakAsuh.Umkm;

/// <summary>
/// The UMKM in mentoring of one kecamatan (key: the kecamatan code) as table rows the UMKM grains keep: what the
/// overdue lists and the worklist read, without activating a UMKM grain. Its calls run concurrently.
/// </summary>
[Alias("KakakAsuh.Umkm.IMentoringRosterGrain")]
public interface IMentoringRosterGrain : IGrainWithStringKey
{
    /// <summary>
    /// The UMKM (of one kelurahan when <paramref name="kelurahanCode"/> is set) with an open step due on or before
    /// <paramref name="dueBy"/>: id, business name, kelurahan, mentor and plan only, status in mentoring.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<UmkmState>> DueByAsync(string? kelurahanCode, DateOnly dueBy);
}
