using System.Diagnostics;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Benchmarks.Scenarios;
using KakakAsuh.Storage;
using KakakAsuh.Testing;

namespace KakakAsuh.Benchmarks;

/// <summary>What every part of a run shares: settings, Azurite and its clients, the HTTP client, tokens, meters, the table and the log.</summary>
public sealed class BenchContext(BenchSettings settings, Azurite azurite, StorageRequestMeter meter, HttpClient http, string logFolder)
{
    public BenchSettings Settings => settings;

    public Azurite Azurite => azurite;

    public StorageRequestMeter Meter => meter;

    /// <summary>Azurite's table clients, built once for this process (the silos in it and the raw upserts share them).</summary>
    public ProgrammeStorage Storage { get; } = new(azurite.ConnectionString);

    public HttpClient Http => http;

    public string LogFolder => logFolder;

    public ResultTable Table { get; } = new();

    /// <summary>One staff token per concurrent client, valid for the longest run.</summary>
    public IReadOnlyList<string> StaffTokens { get; } = [.. Enumerable.Range(0, 64).Select(i => Tokens.For("staff", $"bench-staff-{i:D2}", expires: DateTime.UtcNow.AddHours(3)))];

    /// <summary>The client API as a process of its own, a client of cluster <paramref name="clusterId"/> on this run's Azurite.</summary>
    public Task<ApiProcess> StartApiAsync(string name, string clusterId) =>
        ApiProcess.StartAsync(name, ClusterSettings.For(azurite.ConnectionString, clusterId), logFolder, http, TimeSpan.FromSeconds(90));

    public string ClusterId(string purpose) => $"bench-{purpose}-{DateTime.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(1000, 10000)}";

    /// <summary>Azurite's process (started before the run begins).</summary>
    public Process AzuriteProcess => azurite.Process ?? throw new InvalidOperationException("Azurite has not started.");

    public CpuMeter MeasureCpu(ApiProcess api) =>
        CpuMeter.Start(("azurite", AzuriteProcess), ("api", api.Process!), ("bench", Process.GetCurrentProcess()));

    /// <summary>For scenarios that run no client API: Azurite and this process.</summary>
    public CpuMeter MeasureCpu() => CpuMeter.Start(("azurite", AzuriteProcess), ("bench", Process.GetCurrentProcess()));

    public void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    /// <summary>
    /// Reads the city summary over HTTP from <see cref="BenchSettings.Readers"/> readers: a warm-up, then
    /// <see cref="BenchSettings.ReadReps"/> windows of <see cref="BenchSettings.ReadWindow"/>, their latencies pooled.
    /// </summary>
    public async Task<(RunResult Reads, CpuUse Cpu)> CitySummaryReadsAsync(ApiClient api, ApiProcess process)
    {
        const int cap = 10_000_000;
        var token = StaffTokens[0];
        await LoadRun.RunAsync(cap, settings.Readers, settings.ReadWarmup, _ => api.CityTotalAsync(token));
        var cpu = MeasureCpu(process);
        var runs = new List<RunResult>();
        for (var rep = 0; rep < settings.ReadReps; rep++)
        {
            runs.Add(await LoadRun.RunAsync(cap, settings.Readers, settings.ReadWindow, _ => api.CityTotalAsync(token)));
        }
        return (RunResult.Pool(runs), cpu.Stop());
    }

    /// <summary>How the reads were made, for a row's label.</summary>
    public string ReadsLabel(RunResult reads) =>
        $"{settings.Readers} readers, {reads.Ok:N0} reads in {(settings.ReadReps == 1 ? "" : $"{settings.ReadReps} × ")}{settings.ReadWindow.TotalSeconds:N0} s after {settings.ReadWarmup.TotalSeconds:N0} s of warm-up";

    public static string Latency(RunResult run) => $"p50 {run.P50:0.00} ms, p99 {run.P99:0.00} ms";

    public static string Failures(RunResult run) => run.Failed == 0 ? "" : $"; {run.Failed} failed (first: {run.FirstError})";

    public static string Reps(int reps, int count) => reps == 1 ? $"{count:N0}" : $"median of {reps} × {count:N0}";
}
