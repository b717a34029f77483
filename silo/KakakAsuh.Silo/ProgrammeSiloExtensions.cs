using System.Text.Json.Serialization;
using Azure.Data.Tables;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Common;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Grains.Privacy;
using KakakAsuh.Grains.Summaries;
using KakakAsuh.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace KakakAsuh.Silo;

/// <summary>The programme's grains, their Azure Table storage and reference data: the same in the silo host and in tests.</summary>
public static class ProgrammeSiloExtensions
{
    /// <summary>
    /// The storage connection string that keeps grain state in the silo's memory instead of Azure Table storage,
    /// for benchmarks only (tests/KakakAsuh.Benchmarks fills a million UMKM with it): the state is lost when the
    /// silo stops, so there is nothing to reconcile from. Cluster membership is configured apart and still needs a table.
    /// Nudges live in a table of their own (<see cref="NudgeTable"/>), which this mode does not have: nothing measured
    /// with it nudges (the nudge benchmark runs on Azurite).
    /// </summary>
    public const string InMemoryStorage = "memory";

    public static ISiloBuilder AddProgrammeGrains(this ISiloBuilder silo, string storageConnectionString)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        silo.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
        silo.Services.AddOptions<SummaryOptions>().BindConfiguration(SummaryOptions.Section);
        silo.Services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section);
        silo.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        silo.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(RetentionOptions.IsValid, "Retention: AccessLog is at least a day; IdempotentResponses is more than zero and at most 30 days.")
            .ValidateOnStart();
        // Orleans refuses reminder periods under a minute unless this is lowered (fault tests do, with seconds-long periods).
        silo.Services.AddOptions<ReminderOptions>().BindConfiguration("Reminders");
        silo.Services.AddHttpClient(nameof(WebhookDeliveryGrain));
        silo.Services.TryAddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<ProgrammeMetrics>();
        silo.AddIncomingGrainCallFilter<CommandMetricsFilter>();
        if (string.Equals(storageConnectionString, InMemoryStorage, StringComparison.OrdinalIgnoreCase))
        {
            silo.AddMemoryGrainStorage(StorageNames.Programme);
            silo.UseInMemoryReminderService();
            return silo;
        }
        var tables = StorageClients.Create(storageConnectionString);
        silo.AddAzureTableGrainStorage(StorageNames.Programme, options => options.Configure<IGrainStorageSerializer>((o, serializer) =>
        {
            o.TableServiceClient = tables;
            // A state the string format would store cut off is refused instead (see BoundedGrainStateSerializer).
            o.GrainStorageSerializer = new BoundedGrainStateSerializer(serializer);
            o.TableName = AzureTableStateScanner.TableName;
            // Readable JSON in the table, so an operator (or an independent reader) can inspect a grain's state.
            o.UseStringFormat = true;
            // A grain that clears its state (an access-log day past its retention) leaves no row behind.
            o.DeleteStateOnClear = true;
        }));
        silo.UseAzureTableReminderService(o => o.TableServiceClient = tables);
        silo.Services.AddSingleton(sp => new NudgeTable(tables.GetTableClient(ProgrammeTables.Nudges), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        // Reconciliation scans every stored UMKM in pages that may take seconds under load: it keeps the SDK's patient defaults.
        silo.Services.AddSingleton<IStoredStateScanner>(sp => ActivatorUtilities.CreateInstance<AzureTableStateScanner>(sp, new TableServiceClient(storageConnectionString)));
        silo.Services.AddHostedService<SummaryReconciliationService>();
        return silo;
    }
}
