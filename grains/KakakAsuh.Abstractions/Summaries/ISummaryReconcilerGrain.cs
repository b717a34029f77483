namespace KakakAsuh.Summaries;

/// <summary>
/// Heals the area summaries (key <c>31.73</c>): re-reads every UMKM's and mentor's stored state and sends
/// each one's report again, then has every kelurahan and kecamatan push its totals to its parent. Summaries
/// keep the newest version per source, so this restores whatever a crash lost at any level and changes
/// nothing that was already right.
/// </summary>
[Alias("KakakAsuh.Summaries.ISummaryReconcilerGrain")]
public interface ISummaryReconcilerGrain : IGrainWithStringKey
{
    /// <summary>Runs a reconciliation now and says how many sources it re-reported.</summary>
    Task<ReconciliationReport> ReconcileAsync();
}
