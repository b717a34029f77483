using System.Diagnostics;

namespace KakakAsuh.Benchmarks.Measuring;

/// <summary>Runs an operation <c>count</c> times from <c>concurrency</c> workers, and stops early when the time limit is reached.</summary>
public static class LoadRun
{
    /// <param name="operation">Gets the operation's index; throws when the operation failed.</param>
    public static async Task<RunResult> RunAsync(int count, int concurrency, TimeSpan limit, Func<int, Task> operation)
    {
        var next = -1;
        var failed = 0;
        string? firstError = null;
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(Math.Min(count / concurrency + 1, 1 << 16));
            for (var i = Interlocked.Increment(ref next); i < count && clock.Elapsed < limit; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await operation(i);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (Exception ex)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstError, $"{ex.GetType().Name}: {ex.Message}", null);
                }
            }
        }));
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new RunResult(all.Length, failed, elapsed, all, firstError);
    }
}
