using System.Text.Json.Serialization;
using Azure.Data.Tables;
using KakakAsuh.Storage.GrainState;
using KakakAsuh.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using KakakAsuh.Storage.Nudges;
using KakakAsuh.Storage.Privacy;
using KakakAsuh.Storage.Umkm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Clustering.AzureStorage;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace KakakAsuh.Storage;

/// <summary>Puts the programme's data where it lives: each piece of storage a silo or a client of the cluster uses.</summary>
public static class StorageSetup
{
    /// <summary>This process's <see cref="ProgrammeStorage"/>, and its patient client for the readiness check.</summary>
    public static IServiceCollection AddProgrammeStorage(this IServiceCollection services, ProgrammeStorage storage)
    {
        services.TryAddSingleton(storage);
        return services.AddPatientTableClient();
    }

    /// <summary>
    /// The same, built on first use from <c>ConnectionStrings:Storage</c>: a client of the cluster (the API, the seeder)
    /// reads its configuration once the host is built, so settings added by tests are seen.
    /// </summary>
    public static IServiceCollection AddProgrammeStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => ProgrammeStorage.From(sp.GetRequiredService<IConfiguration>()));
        return services.AddPatientTableClient();
    }

    /// <summary>The silo joins its cluster through the membership table.</summary>
    public static ISiloBuilder UseProgrammeClustering(this ISiloBuilder silo, ProgrammeStorage storage) =>
        silo.UseAzureStorageClustering(o => (o.TableServiceClient, o.TableName) = (storage.Patient, ProgrammeTables.Membership));

    /// <summary>A client of the cluster finds the silos' gateways in the membership table.</summary>
    public static IClientBuilder UseProgrammeClustering(this IClientBuilder client)
    {
        client.Services.AddProgrammeStorage();
        return client.UseAzureStorageClustering((OptionsBuilder<AzureStorageGatewayOptions> options) => options.Configure<ProgrammeStorage>((o, storage) =>
            (o.TableServiceClient, o.TableName) = (storage.Patient, ProgrammeTables.Membership)));
    }

    /// <summary>
    /// Grain state is System.Text.Json with enums as names: what the <c>StringData</c> columns hold, and how
    /// <see cref="AzureTableStateScanner"/> reads them back. Whatever provider keeps the state uses it.
    /// </summary>
    public static ISiloBuilder UseProgrammeStateFormat(this ISiloBuilder silo)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return silo;
    }

    /// <summary>
    /// Grain state in the table <see cref="ProgrammeTables.GrainState"/> (provider <see cref="StorageNames.Programme"/>)
    /// and reminders in <see cref="ProgrammeTables.Reminders"/>, both through the fail-fast client.
    /// </summary>
    public static ISiloBuilder AddProgrammeGrainStorage(this ISiloBuilder silo, ProgrammeStorage storage)
    {
        silo.AddAzureTableGrainStorage(StorageNames.Programme, options => options.Configure<IGrainStorageSerializer>((o, serializer) =>
        {
            o.TableServiceClient = storage.FailFast;
            o.TableName = ProgrammeTables.GrainState;
            // A state the string format would store cut off is refused instead (see BoundedGrainStateSerializer).
            o.GrainStorageSerializer = new BoundedGrainStateSerializer(serializer);
            // Readable JSON in the table, so an operator (or an independent reader) can inspect a grain's state.
            o.UseStringFormat = true;
            // A grain that clears its state (an access-log day past its retention) leaves no row behind.
            o.DeleteStateOnClear = true;
        }));
        silo.UseAzureTableReminderService(o => (o.TableServiceClient, o.TableName) = (storage.FailFast, ProgrammeTables.Reminders));
        return silo;
    }

    /// <summary>
    /// The programme's own tables beside grain state: the nudge, mentoring and access-log tables (fail-fast client) and the reader reconciliation
    /// scans stored UMKM and mentors with (patient client: a full scan takes pages that may be slow under load).
    /// </summary>
    public static ISiloBuilder AddProgrammeTables(this ISiloBuilder silo, ProgrammeStorage storage)
    {
        silo.Services.AddSingleton(sp => new NudgeTable(
            storage.FailFast.GetTableClient(ProgrammeTables.Nudges), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.AddSingleton(sp => new MentoringTable(
            storage.FailFast.GetTableClient(ProgrammeTables.Mentoring), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.AddSingleton(sp => new AccessLogTable(
            storage.FailFast.GetTableClient(ProgrammeTables.AccessLog), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.AddSingleton<IStoredStateScanner>(sp => ActivatorUtilities.CreateInstance<AzureTableStateScanner>(sp, storage.Patient));
        return silo;
    }

    /// <summary>
    /// ASP.NET Core Data Protection with its key ring in <see cref="ProgrammeTables.KeyRing"/>, shared by the silos of one
    /// cluster (application name and service id). The keys sit in the same account as the data they protect, in their own
    /// table: a reader of grain state (a dump, the dashboard, a backup of the state table) gets ciphertext only; an operator
    /// who wants the keys themselves encrypted adds a key encryptor (Azure Key Vault, a certificate) on top.
    /// </summary>
    public static ISiloBuilder AddProgrammeKeyRing(this ISiloBuilder silo, ProgrammeStorage storage)
    {
        silo.Services.AddDataProtection().SetApplicationName("KakakAsuh.Silo");
        silo.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<ClusterOptions>>((o, cluster) =>
            o.XmlRepository = new KeyRingTable(storage.FailFast.GetTableClient(ProgrammeTables.KeyRing), cluster.Value.ServiceId));
        return silo;
    }

    private static IServiceCollection AddPatientTableClient(this IServiceCollection services)
    {
        services.TryAddSingleton<TableServiceClient>(sp => sp.GetRequiredService<ProgrammeStorage>().Patient);
        return services;
    }
}
