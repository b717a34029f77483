using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Storage.GrainState;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Grains.Summaries;

/// <summary>
/// Re-reports every stored UMKM and mentor to its area summary, then has every kelurahan and then every kecamatan
/// push its totals up (see <see cref="ISummaryReconcilerGrain"/>).
/// </summary>
[GrainType(GrainTypes.SummaryReconciler)]
public sealed class SummaryReconcilerGrain(
    IStoredStateScanner scanner,
    ProgrammeReferenceData data,
    TimeProvider time,
    ILogger<SummaryReconcilerGrain> logger) : Grain, ISummaryReconcilerGrain
{
    private const int Parallelism = 32;

    public async Task<ReconciliationReport> ReconcileAsync()
    {
        var today = WorkingCalendar.Today(time);
        var umkm = 0;
        var mentors = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism };
        // The loop bodies run on pool threads, outside this activation: take the factory with us.
        var grains = GrainFactory;
        await Parallel.ForEachAsync(scanner.UmkmAsync(CancellationToken.None), options, async (state, _) =>
        {
            await grains.GetGrain<IAreaSummaryGrain>(SummaryRules.AreaOf(state)).ReportAsync(SummaryRules.ReportFor(state, today));
            Interlocked.Increment(ref umkm);
        });
        await Parallel.ForEachAsync(scanner.MentorsAsync(CancellationToken.None), options, async (state, _) =>
        {
            await grains.GetGrain<IAreaSummaryGrain>(SummaryRules.AreaOf(state)).ReportAsync(SummaryRules.ReportFor(state));
            Interlocked.Increment(ref mentors);
        });
        foreach (var level in new[] { data.Wilayah.Kelurahan, data.Wilayah.Kecamatan })
        {
            await Task.WhenAll(level.Select(area => grains.GetGrain<IAreaSummaryGrain>(area.Code).PushTotalsAsync()));
        }
        logger.LogInformation("Summary reconciliation re-reported {Umkm} UMKM and {Mentors} mentors.", umkm, mentors);
        return new ReconciliationReport(umkm, mentors, time.GetUtcNow());
    }
}
