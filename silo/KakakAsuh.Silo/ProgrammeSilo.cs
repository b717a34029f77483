using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Common;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Grains.Privacy;
using KakakAsuh.Grains.Summaries;
using KakakAsuh.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace KakakAsuh.Silo;

/// <summary>
/// The one way a programme silo is put together: its cluster, its storage, the programme's grains and their
/// options, and summary reconciliation. The silo host uses it as it is; the tests' silos and the benchmark's use it
/// too and then change only what they must (a fake clock, shorter intervals, memory storage).
/// </summary>
public static class ProgrammeSilo
{
    public static ISiloBuilder AddProgrammeSilo(this ISiloBuilder silo, SiloSettings settings, ProgrammeStorage storage, Action<ProgrammeSiloOptions>? configure = null)
    {
        var options = new ProgrammeSiloOptions();
        configure?.Invoke(options);

        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        if (options.JoinThroughMembershipTable)
        {
            silo.JoinCluster(settings, storage);
        }

        silo.Services.AddProgrammeStorage(storage);
        silo.UseProgrammeStateFormat();
        if (options.GrainStorage is { } grainStorage)
        {
            grainStorage(silo);
        }
        else
        {
            silo.AddProgrammeGrainStorage(storage);
        }
        silo.AddProgrammeTables(storage);
        silo.AddProgrammeKeyRing(storage);

        silo.AddProgrammeGrains();
        silo.Services.AddHostedService<SummaryReconciliationService>();
        return silo;
    }

    /// <summary>
    /// Silo-to-silo and gateway endpoints on the advertised address (none: the address this host's name resolves
    /// to, listening on all, as in a container), Orleans' Kubernetes hosting in a pod, and the membership table.
    /// </summary>
    private static void JoinCluster(this ISiloBuilder silo, SiloSettings settings, ProgrammeStorage storage)
    {
        if (settings.AdvertisedAddress is { } advertised)
        {
            silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, settings.ListenOnAnyAddress);
        }
        else
        {
            silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
        }
        if (settings.RunsInKubernetes)
        {
            silo.UseKubernetesHosting();
        }
        silo.UseProgrammeClustering(storage);
    }

    /// <summary>The grains' options (validated where a wrong value would hurt), reference data, clock, metrics, and the webhooks' guarded HTTP client and secrets.</summary>
    private static void AddProgrammeGrains(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
        silo.Services.AddOptions<SummaryOptions>().BindConfiguration(SummaryOptions.Section);
        silo.Services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section);
        silo.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(RetentionOptions.IsValid, "Retention: AccessLog is at least a day; IdempotentResponses is more than zero and at most 30 days.")
            .ValidateOnStart();
        // Orleans refuses reminder periods under a minute unless this is lowered (fault tests do, with seconds-long periods).
        silo.Services.AddOptions<ReminderOptions>().BindConfiguration("Reminders");
        // Webhook targets are checked where the client connects; the client's own log lines would name them (and nothing else logs them).
        silo.Services.TryAddSingleton<WebhookTargetGuard>();
        silo.Services.TryAddSingleton<WebhookSecrets>();
        silo.Services.AddHttpClient(nameof(WebhookDeliveryGrain))
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<WebhookTargetGuard>().CreateHandler())
            .RemoveAllLoggers();
        silo.Services.TryAddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<ProgrammeMetrics>();
        silo.AddIncomingGrainCallFilter<CommandMetricsFilter>();
    }
}
