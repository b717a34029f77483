using KakakAsuh.Benchmarks.Hosting;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Benchmarks.Scenarios;
using KakakAsuh.Domain.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Benchmarks;

/// <summary>
/// Rows 3b and 3c: the city summary read at 35,000 and at 1,000,000 UMKM in the same silo, its grain storage in memory,
/// filled with synthetic reports sent straight to the 56 kelurahan summaries.
/// </summary>
public sealed class SummaryScaleBenchmark(BenchContext bench)
{
    private BenchSettings Settings => bench.Settings;

    public async Task RunAsync()
    {
        var clusterId = bench.ClusterId("scale");
        bench.Progress($"starting a silo (grain storage in memory) and the client API, cluster {clusterId}");
        await using var silo = await BenchSilo.StartAsync(bench.Storage, clusterId, grainStateInMemory: true);
        await using var api = await bench.StartApiAsync("api-scale", clusterId);
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var wilayah = silo.Services.GetRequiredService<ProgrammeReferenceData>().Wilayah;
        var kelurahan = wilayah.Kelurahan.Select(k => k.Code).ToArray();
        var client = new ApiClient(bench.Http, api.BaseAddress);

        var small = await FillAndReadAsync(grains, wilayah, kelurahan, client, api, 0, Settings.SmallCity);
        bench.Table.Add("3b", $"GET /api/city/summary over HTTP at {Settings.SmallCity:N0} UMKM, memory storage (synthetic reports), {bench.ReadsLabel(small.Reads)}",
            $"{BenchContext.Latency(small.Reads)} ({small.Reads.Rate:N0}/s){BenchContext.Failures(small.Reads)}", "p99 < 5 ms",
            ResultTable.Met(small.Reads.P99 < 5, $"{small.Reads.P99 / 5:0.0}× the target"), small.Cpu.ToString());

        var large = await FillAndReadAsync(grains, wilayah, kelurahan, client, api, Settings.SmallCity, Settings.LargeCity);
        var ratio = large.Reads.P99 / small.Reads.P99;
        var met = large.Reads.P99 < 5 && ratio < 1.2;
        bench.Table.Add("3c", $"GET /api/city/summary over HTTP at {Settings.LargeCity:N0} UMKM, memory storage (synthetic reports), {bench.ReadsLabel(large.Reads)}",
            $"{BenchContext.Latency(large.Reads)} ({large.Reads.Rate:N0}/s); **p99 {Settings.LargeCity:N0} / {Settings.SmallCity:N0} = {ratio:0.00}**{BenchContext.Failures(large.Reads)}",
            "p99 < 5 ms; ratio < 1.2", ResultTable.Met(met, ratio >= 1.2 ? $"ratio {ratio / 1.2 - 1:P0} over" : $"{large.Reads.P99 / 5:0.0}× the target"), large.Cpu.ToString());
        bench.Table.Note($"Rows 3b and 3c: one silo with grain storage in memory (Orleans' memory grain storage in place of the Azure tables), filled with synthetic SourceReports sent as a UMKM grain would (counts umkm, status:registered, every 12th nib, every 15th qris; a UmkmListing each) straight to the {kelurahan.Length} kelurahan IAreaSummaryGrains through the silo's IGrainFactory, {Settings.FillConcurrency} at a time, spread evenly; then read over HTTP once the city summary counted them all.");
        bench.Table.Note($"Filling: {small.Fill.Ok:N0} reports at {small.Fill.Rate:N0}/s, then {large.Fill.Ok:N0} more at {large.Fill.Rate:N0}/s{BenchContext.Failures(large.Fill)}; the city summary read back over HTTP: {await client.CityTotalAsync(bench.StaffTokens[0]):N0} UMKM.");
    }

    private async Task<(RunResult Fill, RunResult Reads, CpuUse Cpu)> FillAndReadAsync(IGrainFactory grains, WilayahCatalog wilayah, string[] kelurahan, ApiClient client, ApiProcess api, int from, int to)
    {
        bench.Progress($"filling the summaries to {to:N0} UMKM");
        var fill = await SyntheticReports.FillAsync(grains, kelurahan, from, to, Settings.FillConcurrency, Settings.PhaseLimit);
        if (!await SyntheticReports.WaitForCityAsync(grains, wilayah.City.Code, fill.Ok + from, TimeSpan.FromSeconds(30)))
        {
            bench.Table.Note($"The city summary did not count {fill.Ok + from:N0} UMKM within 30 s of the fill.");
        }
        bench.Progress($"reading the city summary over HTTP at {to:N0} UMKM");
        var (reads, cpu) = await bench.CitySummaryReadsAsync(client, api);
        return (fill, reads, cpu);
    }
}
