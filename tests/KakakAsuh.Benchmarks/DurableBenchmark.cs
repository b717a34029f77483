using System.Diagnostics;
using Azure.Data.Tables;
using KakakAsuh.Benchmarks.Hosting;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Benchmarks.Scenarios;
using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Benchmarks;

/// <summary>
/// Rows 1, 2, 3a, 4 and 5: the system as it runs, grain state in Azurite. Seeds 35,000 UMKM through the grains, reads
/// the city summary, measures the raw floor (and raw writes in Orleans' key layout), then registrations and
/// freshness over HTTP.
/// </summary>
public sealed class DurableBenchmark(BenchContext bench)
{
    private const string StateTable = KakakAsuh.Storage.ProgrammeTables.GrainState;

    private BenchSettings Settings => bench.Settings;

    public async Task RunAsync()
    {
        var clusterId = bench.ClusterId("durable");
        var storage = bench.Azurite.ConnectionString;
        bench.Progress($"starting a silo (Azure table storage) and the client API, cluster {clusterId}");
        await using var silo = await BenchSilo.StartAsync(bench.Storage, clusterId);
        await using var api = await bench.StartApiAsync("api-durable", clusterId);
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var wilayah = silo.Services.GetRequiredService<ProgrammeReferenceData>().Wilayah;
        var kelurahan = wilayah.Kelurahan.Select(k => k.Code).ToArray();
        var client = new ApiClient(bench.Http, api.BaseAddress);
        var tables = bench.Storage.Patient;

        var (seed, seedCpu) = await SeedAsync(grains, kelurahan, api);
        if (!await SyntheticReports.WaitForCityAsync(grains, wilayah.City.Code, seed.Ok, TimeSpan.FromSeconds(30)))
        {
            bench.Table.Note($"The city summary did not show the {seed.Ok:N0} seeded UMKM within 30 s.");
        }
        bench.Progress("reading the city summary over HTTP");
        var (reads, readCpu) = await bench.CitySummaryReadsAsync(client, api);
        bench.Table.Add("3a", $"GET /api/city/summary over HTTP at {seed.Ok:N0} UMKM, Azure storage (the seeded system), {bench.ReadsLabel(reads)}",
            $"{BenchContext.Latency(reads)} ({reads.Rate:N0}/s){BenchContext.Failures(reads)}", "p99 < 5 ms", ResultTable.Met(reads.P99 < 5, $"{reads.P99 / 5:0.0}× the target"), readCpu.ToString());

        var template = await RawUpserts.SampleUmkmEntityAsync(tables, clusterId);
        var floor = await FloorAsync(tables, template, api);
        await OrleansLayoutAsync(tables, template, floor, api);
        await RawSeedAsync(tables, template, seed, seedCpu, api);
        await CommandsAsync(client, kelurahan, floor, api);
        await FreshnessAsync(client, kelurahan, api);
        await SummarySizeAsync(tables, clusterId);
    }

    /// <summary>A note: what a kelurahan summary's stored state weighs per UMKM, and where that meets the entity limit.</summary>
    private async Task SummarySizeAsync(TableServiceClient tables, string serviceId)
    {
        var rows = await StoredSummaries.KelurahanAsync(tables, serviceId);
        if (rows.Count == 0)
        {
            return;
        }
        var perSource = (double)rows.Sum(r => r.Bytes) / rows.Sum(r => r.Sources);
        // Orleans' string format stores at most 15 properties of 32,768 characters; longer JSON (up to its 983,040-byte
        // check) is cut off silently, so the state written no longer parses.
        const int limit = 15 * 32_768;
        bench.Table.Note($"Stored kelurahan summaries ({rows.Count} read from {StateTable}): {rows.Average(r => r.Bytes) / 1024:N0} KiB of JSON on average for {rows.Average(r => r.Sources):N0} UMKM, {perSource:N0} bytes per UMKM; at that rate one kelurahan reaches the {limit:N0}-character limit of Orleans' string format at about {limit / perSource:N0} UMKM ({56 * limit / perSource:N0} city-wide), and 1,000,000 UMKM would need {1_000_000 / 56 * perSource / 1024 / 1024:0.0} MiB per kelurahan.");
    }

    /// <summary>
    /// Row 5: registrations through the grains (as the API's seeder makes them), <see cref="BenchSettings.Writers"/> at a
    /// time, in chunks so the rate shows as the state table grows; stops at <see cref="BenchSettings.SeedLimit"/>.
    /// </summary>
    private async Task<(RunResult Seed, CpuUse Cpu)> SeedAsync(IGrainFactory grains, string[] kelurahan, ApiProcess api)
    {
        var before = bench.Meter.Snapshot();
        var cpu = bench.MeasureCpu(api);
        var context = new CommandContext("seed:benchmark", "benchmark seeding");
        var clock = Stopwatch.StartNew();
        var chunks = new List<RunResult>();
        var rates = new List<string>();
        for (var first = 0; first < Settings.SeedCount && clock.Elapsed < Settings.SeedLimit; first += Settings.SeedChunk)
        {
            var count = Math.Min(Settings.SeedChunk, Settings.SeedCount - first);
            bench.Progress($"seeding UMKM {first:N0} to {first + count:N0} through the grains");
            var offset = first;
            var chunk = await LoadRun.RunAsync(count, Settings.Writers, Settings.SeedLimit - clock.Elapsed, async i =>
            {
                var n = offset + i;
                var result = await grains.GetGrain<IUmkmGrain>($"BENCH-SEED-{n:D7}").RegisterAsync(SampleUmkm.Registration(n, kelurahan[n % kelurahan.Length]), context);
                if (result.Refusal is { } refusal)
                {
                    throw new InvalidOperationException($"refused: {refusal.Code}");
                }
            });
            chunks.Add(chunk);
            rates.Add($"{first:N0}–{first + chunk.Ok:N0}: {chunk.Rate:N0}/s");
            if (chunk.Ok < count)
            {
                break;
            }
        }
        var used = cpu.Stop();
        var seed = RunResult.Pool(chunks) with { Elapsed = clock.Elapsed };
        bench.Table.Note($"Seeding through the grains, the rate as ProgrammeState grew (UMKM so far: rate): {string.Join("; ", rates)}.");
        bench.Table.Note($"Azurite requests per seeded UMKM: {(bench.Meter.Snapshot() - before).Per(seed.Ok)}.");
        return (seed, used);
    }

    /// <summary>Row 1: the median of several runs of raw upserts into one table (so it grows as ProgrammeState did).</summary>
    private async Task<RunResult> FloorAsync(TableServiceClient tables, TableEntity template, ApiProcess api)
    {
        bench.Progress($"floor: {Settings.FloorReps} × {Settings.FloorWrites:N0} raw upserts");
        var before = bench.Meter.Snapshot();
        var cpu = bench.MeasureCpu(api);
        var runs = new List<RunResult>();
        for (var rep = 0; rep < Settings.FloorReps; rep++)
        {
            runs.Add(await RawUpserts.RunAsync(tables, "BenchFloor", "floor", KeyLayout.Spread, template, rep * Settings.FloorWrites, Settings.FloorWrites, Settings.Writers, Settings.PhaseLimit));
        }
        var used = cpu.Stop();
        var floor = RunResult.MedianByRate(runs);
        bench.Table.Add("1", $"floor: raw Azure.Data.Tables upserts, {Settings.Writers} writers, {RawUpserts.SizeInBytes(template):N0}-byte entities (copies of a registered UMKM's), 56 partitions, distinct row keys ({BenchContext.Reps(Settings.FloorReps, Settings.FloorWrites)}, into one table growing to {Settings.FloorReps * Settings.FloorWrites:N0})",
            $"**{floor.Rate:N0}/s** ({BenchContext.Latency(floor)}); the repetitions: {string.Join(", ", runs.Select(r => $"{r.Rate:N0}/s"))}{BenchContext.Failures(floor)}", cpu: used.ToString());
        bench.Table.Note($"Azurite requests per raw upsert: {(bench.Meter.Snapshot() - before).Per(runs.Sum(r => r.Ok))}.");
        return floor;
    }

    /// <summary>
    /// Row 1o: the same raw upserts keyed as Orleans keys grain state (row key "umkm" for every UMKM), into an empty
    /// table and into ProgrammeState as it is now (under another service id, so no grain reads them).
    /// </summary>
    private async Task OrleansLayoutAsync(TableServiceClient tables, TableEntity template, RunResult floor, ApiProcess api)
    {
        var count = Settings.OrleansLayoutWrites;
        bench.Progress($"raw upserts in Orleans' key layout: {count:N0} into an empty table, {count:N0} into {StateTable}");
        var cpu = bench.MeasureCpu(api);
        var empty = await RawUpserts.RunAsync(tables, "BenchOrleansLayout", "raw", KeyLayout.Orleans, template, 0, count, Settings.Writers, Settings.PhaseLimit);
        var size = await RawUpserts.CountAsync(tables, StateTable);
        var full = await RawUpserts.RunAsync(tables, StateTable, "bench-raw", KeyLayout.Orleans, template, 0, count, Settings.Writers, Settings.PhaseLimit);
        var used = cpu.Stop();
        bench.Table.Add("1o", $"diagnostic: the same raw upserts keyed as Orleans keys grain state (a partition per grain, row key \"umkm\" for all), {Settings.Writers} writers, {count:N0} each",
            $"into an empty table: {empty.Rate:N0}/s ({empty.Rate / floor.Rate:0.00} × floor); into {StateTable} holding {size:N0} entities: **{full.Rate:N0}/s** ({full.Rate / floor.Rate:0.00} × floor, {BenchContext.Latency(full)}){BenchContext.Failures(full)}",
            cpu: used.ToString());
    }

    /// <summary>Row 5's yardstick: as many raw upserts as UMKM were seeded, at the same concurrency, into a fresh table.</summary>
    private async Task RawSeedAsync(TableServiceClient tables, TableEntity template, RunResult seed, CpuUse seedCpu, ApiProcess api)
    {
        bench.Progress($"{seed.Ok:N0} raw upserts");
        var cpu = bench.MeasureCpu(api);
        var raw = await RawUpserts.RunAsync(tables, "BenchSeedFloor", "seed", KeyLayout.Spread, template, 0, seed.Ok, Settings.Writers, Settings.SeedLimit);
        var used = cpu.Stop();
        var ratio = seed.Elapsed / raw.Elapsed;
        var cut = seed.Ok < Settings.SeedCount ? $"; **stopped at the {Settings.SeedLimit.TotalMinutes:N0}-minute bound, {Settings.SeedCount:N0} not reached**" : "";
        bench.Table.Add("5", $"seeding {Settings.SeedCount:N0} UMKM through the grains (IUmkmGrain.RegisterAsync from the silo's IGrainFactory, {Settings.Writers} concurrent)",
            $"{seed.Ok:N0} in {seed.Elapsed.TotalSeconds:N0} s ({seed.Rate:N0}/s) = **{ratio:0.00} × raw**{cut}{BenchContext.Failures(seed)}", "≤ 1.5 × raw",
            ResultTable.Met(ratio <= 1.5 && seed.Ok == Settings.SeedCount, $"{ratio / 1.5:0.0}× the allowed time{(cut.Length > 0 ? ", and more to go" : "")}"), seedCpu.ToString());
        bench.Table.Add("5r", $"raw: {seed.Ok:N0} upserts of the same entities (56 partitions, distinct row keys), {Settings.Writers} writers",
            $"{raw.Elapsed.TotalSeconds:0.0} s ({raw.Rate:N0}/s){BenchContext.Failures(raw)}", cpu: used.ToString());
    }

    /// <summary>Row 2: registrations over HTTP, each client with its own staff token; rate, latency and requests per command.</summary>
    private async Task CommandsAsync(ApiClient client, string[] kelurahan, RunResult floor, ApiProcess api)
    {
        var next = 1_000_000;
        Task Register(int i)
        {
            var n = Interlocked.Increment(ref next);
            return client.RegisterAsync(bench.StaffTokens[i % bench.StaffTokens.Count], SampleUmkm.Registration(n, kelurahan[n % kelurahan.Length]));
        }
        bench.Progress($"HTTP registrations: {Settings.CommandWarmup:N0} warm-up, then {Settings.CommandReps} × {Settings.CommandsPerRep:N0}, each at most {Settings.PhaseLimit.TotalSeconds:N0} s");
        await LoadRun.RunAsync(Settings.CommandWarmup, Settings.CommandClients, Settings.PhaseLimit, Register);
        var before = bench.Meter.Snapshot();
        var cpu = bench.MeasureCpu(api);
        var runs = new List<RunResult>();
        for (var rep = 0; rep < Settings.CommandReps; rep++)
        {
            runs.Add(await LoadRun.RunAsync(Settings.CommandsPerRep, Settings.CommandClients, Settings.PhaseLimit, Register));
        }
        var used = cpu.Stop();
        var requests = bench.Meter.Snapshot() - before;
        var commands = RunResult.MedianByRate(runs);
        var ratio = commands.Rate / floor.Rate;
        bench.Table.Add("2", $"durable commands over HTTP: POST /api/umkm registrations, {Settings.CommandClients} clients with staff tokens ({BenchContext.Reps(Settings.CommandReps, commands.Ok)}{(commands.Ok < Settings.CommandsPerRep ? $" in the {Settings.PhaseLimit.TotalSeconds:N0}-s bound" : "")})",
            $"**{commands.Rate:N0}/s** ({BenchContext.Latency(commands)}) = **{ratio:0.00} × floor**{BenchContext.Failures(commands)}", "≥ 0.8 × floor",
            ResultTable.Met(ratio >= 0.8, $"{1 - ratio / 0.8:P0} short"), used.ToString());
        bench.Table.Note($"Azurite requests per HTTP registration: {requests.Per(runs.Sum(r => r.Ok))}; Azurite served {requests.Total / runs.Sum(r => r.Elapsed.TotalSeconds):N0} requests/s during row 2.");
    }

    /// <summary>Row 4: one registration at a time; from its 201 to the first city summary over HTTP that counts it.</summary>
    private async Task FreshnessAsync(ApiClient client, string[] kelurahan, ApiProcess api)
    {
        bench.Progress($"freshness: {Settings.FreshnessSamples} registrations, one at a time");
        var token = bench.StaffTokens[0];
        var samples = new List<double>();
        var missed = 0;
        var shown = await client.CityTotalAsync(token);
        var cpu = bench.MeasureCpu(api);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Settings.FreshnessSamples && clock.Elapsed < Settings.FreshnessLimit; i++)
        {
            var n = 2_000_000 + i;
            await client.RegisterAsync(token, SampleUmkm.Registration(n, kelurahan[n % kelurahan.Length]));
            var acknowledged = Stopwatch.GetTimestamp();
            var seen = false;
            while (Stopwatch.GetElapsedTime(acknowledged) < TimeSpan.FromSeconds(5))
            {
                var total = await client.CityTotalAsync(token);
                if (total > shown)
                {
                    samples.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
                    shown = total;
                    seen = true;
                    break;
                }
                await Task.Delay(Settings.FreshnessPoll);
            }
            if (!seen)
            {
                missed++;
                shown = await client.CityTotalAsync(token);
            }
        }
        var used = cpu.Stop();
        samples.Sort();
        var fresh = new RunResult(samples.Count, missed, clock.Elapsed, [.. samples], missed > 0 ? "not shown within 5 s" : null);
        bench.Table.Add("4", $"freshness: from a registration's 201 to GET /api/city/summary counting it ({fresh.Ok} one at a time, polled every {Settings.FreshnessPoll.TotalMilliseconds:N0} ms)",
            $"{BenchContext.Latency(fresh)} (max {samples.LastOrDefault():0} ms){BenchContext.Failures(fresh)}", "p99 < 1 s",
            ResultTable.Met(fresh.P99 < 1000 && missed == 0, $"{fresh.P99 / 1000:0.0}× the target"), used.ToString());
    }
}
