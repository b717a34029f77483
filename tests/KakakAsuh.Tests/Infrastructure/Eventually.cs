using System.Diagnostics;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Awaits a condition that other grains make true asynchronously (a summary catching up), with a deadline.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = await read();
            if (condition(value) || deadline.Elapsed > limit)
            {
                return value;
            }
            await Task.Delay(20);
        }
    }
}
