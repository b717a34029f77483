using KakakAsuh.Domain.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>
/// The programme's clock for a benchmark silo: real time that runs on, shifted to a programme date and moved
/// forward by hand. Only the grains' <see cref="TimeProvider"/> is shifted; Orleans' own loops (messaging,
/// membership, activation collection, reminder ticks) keep the real clock, as in the tests.
/// </summary>
public sealed class ProgrammeClock(DateTimeOffset start) : TimeProvider
{
    private static readonly string[] OrleansRuntimeClocks =
    [
        TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
        Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    private TimeSpan offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    /// <summary>Moves the clock forward to 09:00 in Jakarta on <paramref name="day"/> (never back).</summary>
    public void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.JakartaOffset);
        var now = GetUtcNow();
        if (target > now)
        {
            offset += target - now;
        }
    }

    /// <summary>Makes this the grains' clock in a silo's services, with Orleans' runtime clocks left real.</summary>
    public void Use(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(this);
        foreach (var area in OrleansRuntimeClocks)
        {
            services.AddKeyedSingleton(area, System);
        }
    }
}
