using KakakAsuh.Silo;
using KakakAsuh.Storage;
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
    /// What every test silo changes in the programme's silo (<see cref="ProgrammeSilo.AddProgrammeSilo"/>): short
    /// history and webhook intervals, no real reminder tick within the first hour, and the fake programme clock.
    /// </summary>
    public static void UseTestSettings(ISiloBuilder silo, FakeTimeProvider time)
    {
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
        var storage = new ProgrammeStorage(await Azurite.ConnectionStringAsync());
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            // The test cluster brings its own endpoints and membership; everything else is the programme's silo.
            silo.AddProgrammeSilo(new SiloSettings { ClusterId = serviceId, ServiceId = serviceId, Kubernetes = false }, storage, o => o.JoinThroughMembershipTable = false);
            UseTestSettings(silo, time);
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
