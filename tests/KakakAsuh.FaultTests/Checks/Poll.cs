using System.Diagnostics;

namespace KakakAsuh.FaultTests.Checks;

/// <summary>Reads until a condition holds or a deadline passes (processes on their own clocks: there is no fake time to advance).</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > limit)
            {
                return value;
            }
            await Task.Delay(1000);
        }
    }
}
