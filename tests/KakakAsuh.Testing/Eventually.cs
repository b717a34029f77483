using System.Diagnostics;

namespace KakakAsuh.Testing;

/// <summary>
/// Awaits a condition that something else makes true asynchronously (a summary catching up, processes on their own
/// clocks where there is no fake time to advance), reading again until it holds or the deadline passes.
/// </summary>
public static class Eventually
{
    /// <returns>The last value read: the caller asserts on it, so a timeout fails with what was seen.</returns>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? within = null, TimeSpan? every = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(10);
        var interval = every ?? TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var value = await read();
            if (condition(value) || deadline.Elapsed > limit)
            {
                return value;
            }
            await Task.Delay(interval);
        }
    }
}
