namespace KakakAsuh.Summaries;

/// <summary>
/// The live summary of one area, keyed by its wilayah code (<c>31.73.04.1001</c>, <c>31.73.04</c>, <c>31.73</c>).
/// UMKM and mentors report to their kelurahan (a mentor without one to its kecamatan); each area pushes its
/// totals to its parent. A query reads one grain.
/// </summary>
[Alias("KakakAsuh.Summaries.IAreaSummaryGrain")]
public interface IAreaSummaryGrain : IGrainWithStringKey
{
    /// <summary>Applies a source's report if it is newer than the one held.</summary>
    Task ReportAsync(SourceReport report);

    /// <summary>
    /// Sends the area's totals to its parent now, changed or not: reconciliation calls it bottom-up, so a parent
    /// that came back from storage with stale totals (its silo died) hears from children that did not change.
    /// </summary>
    Task PushTotalsAsync();

    /// <summary>The area's current figures.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<AreaSummary> GetAsync();

    /// <summary>A page of the UMKM reporting to this area (kelurahan level).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<UmkmPage> QueryUmkmAsync(UmkmQuery query);
}
