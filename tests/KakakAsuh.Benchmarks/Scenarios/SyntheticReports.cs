using System.Diagnostics;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>
/// Fills area summaries the way registered UMKM grains would, without the UMKM grains: one <see cref="SourceReport"/>
/// per synthetic UMKM (counts <c>umkm</c>, <c>status:registered</c>, some <c>nib</c> and <c>qris</c>, and a listing),
/// sent straight to its kelurahan's <see cref="IAreaSummaryGrain"/>.
/// </summary>
public static class SyntheticReports
{
    public static SourceReport For(int i, string kelurahanCode)
    {
        var id = $"SYN-{i:D7}";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [CountKeys.Umkm] = 1,
            [CountKeys.Status(ProgrammeStatus.Registered)] = 1,
        };
        if (i % 12 == 0)
        {
            counts[CountKeys.WithNib] = 1;
        }
        if (i % 15 == 0)
        {
            counts[CountKeys.WithQris] = 1;
        }
        var listing = new UmkmListing { Id = id, BusinessName = $"Usaha {i}", KelurahanCode = kelurahanCode, Status = ProgrammeStatus.Registered };
        return new SourceReport(id, 1, counts, listing);
    }

    /// <summary>Reports UMKM <paramref name="from"/> to <paramref name="to"/> (exclusive), spread over the kelurahan in turn.</summary>
    public static Task<RunResult> FillAsync(IGrainFactory grains, IReadOnlyList<string> kelurahan, int from, int to, int concurrency, TimeSpan limit) =>
        LoadRun.RunAsync(to - from, concurrency, limit, i =>
        {
            var n = from + i;
            var code = kelurahan[n % kelurahan.Count];
            return grains.GetGrain<IAreaSummaryGrain>(code).ReportAsync(For(n, code));
        });

    /// <summary>Waits until the city's summary counts <paramref name="expected"/> UMKM; false when the time is up first.</summary>
    public static async Task<bool> WaitForCityAsync(IGrainFactory grains, string cityCode, long expected, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await grains.GetGrain<IAreaSummaryGrain>(cityCode).GetAsync())[CountKeys.Umkm] == expected)
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }
}
