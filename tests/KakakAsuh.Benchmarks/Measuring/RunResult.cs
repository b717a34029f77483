namespace KakakAsuh.Benchmarks.Measuring;

/// <summary>What a bounded load run did: how many operations succeeded or failed, in what time, and each success's latency.</summary>
public sealed record RunResult(int Ok, int Failed, TimeSpan Elapsed, double[] SortedLatenciesMs, string? FirstError)
{
    public double Rate => Ok / Elapsed.TotalSeconds;

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);

    /// <summary>Nearest-rank percentile of the latencies, in milliseconds.</summary>
    public double Percentile(double q)
    {
        if (SortedLatenciesMs.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(q / 100 * SortedLatenciesMs.Length);
        return SortedLatenciesMs[Math.Clamp(rank - 1, 0, SortedLatenciesMs.Length - 1)];
    }

    /// <summary>The repetition with the median rate (several runs of the same thing).</summary>
    public static RunResult MedianByRate(IReadOnlyList<RunResult> runs) => runs.OrderBy(r => r.Rate).ElementAt(runs.Count / 2);

    /// <summary>Several runs as one: counts and times added, latencies pooled.</summary>
    public static RunResult Pool(IReadOnlyList<RunResult> runs) => new(
        runs.Sum(r => r.Ok),
        runs.Sum(r => r.Failed),
        TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
        [.. runs.SelectMany(r => r.SortedLatenciesMs).Order()],
        runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
}
