using KakakAsuh.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Starts an in-process Orleans cluster with the programme's grains on Azurite and a fake clock.</summary>
public static class TestClusters
{
    /// <summary>2024-10-24 09:00 in Jakarta: the day of the programme's curation round.</summary>
    public static readonly DateTimeOffset ProgrammeStart = new(2024, 10, 24, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] OrleansRuntimeClocks =
    [
        TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership, TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
        Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    /// <summary>
    /// The programme's grains as the silo host adds them, with short history and webhook intervals, no real reminder
    /// tick within the first hour, and the fake programme clock: the one setup every test silo shares.
    /// </summary>
    public static void AddProgrammeGrainsForTests(ISiloBuilder silo, string storage, FakeTimeProvider time)
    {
        silo.AddProgrammeGrains(storage);
        silo.Services.Configure<KakakAsuh.Grains.Summaries.SummaryOptions>(o => o.HistoryInterval = TimeSpan.FromMilliseconds(50));
        silo.Services.Configure<KakakAsuh.Grains.Nudges.WebhookOptions>(o => (o.RetryBase, o.Poll) = (TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)));
        // Tests deliver reminder ticks by hand; a real first tick (a minute after registration by default) landing
        // in the middle of a test that checks nothing changes (the fuzz test) would record nudges behind its back.
        silo.Services.Configure<KakakAsuh.Grains.Nudges.NudgeOptions>(o => o.FirstCheckAfter = TimeSpan.FromHours(1));
        UseProgrammeClock(silo.Services, time);
    }

    /// <summary>
    /// The programme's clock is fake; Orleans' own loops (messaging timeouts, membership, activation collection,
    /// grain timers, reminder ticks) keep real time, so advancing the fake clock moves only due dates. Tests
    /// deliver reminder ticks themselves, through <see cref="IRemindable"/>, when they want one.
    /// </summary>
    private static void UseProgrammeClock(IServiceCollection services, FakeTimeProvider time)
    {
        services.AddSingleton<TimeProvider>(time);
        foreach (var area in OrleansRuntimeClocks)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }
    }

    public static async Task<InProcessTestCluster> StartAsync(string serviceId, FakeTimeProvider time, short silos = 1, Action<ISiloBuilder>? configure = null)
    {
        var storage = await Azurite.ConnectionStringAsync();
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            AddProgrammeGrainsForTests(silo, storage, time);
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
