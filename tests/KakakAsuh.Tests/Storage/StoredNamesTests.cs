using System.Reflection;
using Azure.Data.Tables;
using KakakAsuh.Grains.Common;
using KakakAsuh.Grains.Mentors;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Grains.Privacy;
using KakakAsuh.Grains.Rounds;
using KakakAsuh.Grains.Summaries;
using KakakAsuh.Grains.Umkm;
using KakakAsuh.Nudges;
using KakakAsuh.Privacy;
using KakakAsuh.Storage;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;

namespace KakakAsuh.Tests.Storage;

/// <summary>
/// The names that reach storage and the wire, spelt out: grain types (the middle of every grain-state partition
/// key and of every reminder's grain id), state names (the row keys), the storage provider, the tables, and the grain
/// interfaces' names in messages. Renaming a class, a namespace or a constant must leave each of them as it is, or the
/// stored data (and reconciliation, which reads it by these names) is left behind. The values are those Orleans
/// derived from the class names before they were pinned.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredNamesTests(ClusterFixture fixture)
{
    /// <summary>Every grain class: its grain type and its state name (null: it stores no state).</summary>
    private static readonly Dictionary<Type, (string GrainType, string? StateName)> Grains = new()
    {
        [typeof(UmkmGrain)] = ("umkm", "umkm"),
        [typeof(MentorGrain)] = ("mentor", "mentor"),
        [typeof(CurationRoundGrain)] = ("curationround", "round"),
        [typeof(AreaSummaryGrain)] = ("areasummary", "summary"),
        [typeof(AreaHistoryGrain)] = ("areahistory", "history"),
        [typeof(SummaryReconcilerGrain)] = ("summaryreconciler", null),
        [typeof(NudgeOutboxGrain)] = ("nudgeoutbox", null),
        [typeof(WebhookRegistryGrain)] = ("webhookregistry", "webhooks"),
        [typeof(WebhookDeliveryGrain)] = ("webhookdelivery", "delivery"),
        [typeof(AccessLogGrain)] = ("accesslog", "access-log"),
        [typeof(AccessLogIndexGrain)] = ("accesslogindex", "access-log-days"),
        [typeof(IdempotencyGrain)] = ("idempotency", "idempotency"),
        [typeof(IdempotencyIndexGrain)] = ("idempotencyindex", "idempotency-index"),
        [typeof(RegistryGrain)] = ("registry", "registry"),
        [typeof(SeedGrain)] = ("seed", "seed"),
        [typeof(MentoringRosterGrain)] = ("mentoringroster", null),
    };

    /// <summary>Every grain interface and its name on the wire (its full name when it was pinned).</summary>
    private static readonly Dictionary<Type, string> Interfaces = new()
    {
        [typeof(IUmkmGrain)] = "KakakAsuh.Umkm.IUmkmGrain",
        [typeof(IMentorGrain)] = "KakakAsuh.Mentors.IMentorGrain",
        [typeof(ICurationRoundGrain)] = "KakakAsuh.Rounds.ICurationRoundGrain",
        [typeof(IAreaSummaryGrain)] = "KakakAsuh.Summaries.IAreaSummaryGrain",
        [typeof(IAreaHistoryGrain)] = "KakakAsuh.Summaries.IAreaHistoryGrain",
        [typeof(ISummaryReconcilerGrain)] = "KakakAsuh.Summaries.ISummaryReconcilerGrain",
        [typeof(INudgeOutboxGrain)] = "KakakAsuh.Nudges.INudgeOutboxGrain",
        [typeof(IWebhookRegistryGrain)] = "KakakAsuh.Nudges.IWebhookRegistryGrain",
        [typeof(IWebhookDeliveryGrain)] = "KakakAsuh.Nudges.IWebhookDeliveryGrain",
        [typeof(IAccessLogGrain)] = "KakakAsuh.Privacy.IAccessLogGrain",
        [typeof(IAccessLogIndexGrain)] = "KakakAsuh.Privacy.IAccessLogIndexGrain",
        [typeof(IIdempotencyGrain)] = "KakakAsuh.Common.IIdempotencyGrain",
        [typeof(IIdempotencyIndexGrain)] = "KakakAsuh.Common.IIdempotencyIndexGrain",
        [typeof(IRegistryGrain)] = "KakakAsuh.Common.IRegistryGrain",
        [typeof(ISeedGrain)] = "KakakAsuh.Common.ISeedGrain",
        [typeof(IMentoringRosterGrain)] = "KakakAsuh.Umkm.IMentoringRosterGrain",
    };

    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    [Fact]
    public void EveryGrainClassAndInterface_IsPinnedHere()
    {
        var classes = typeof(UmkmGrain).Assembly.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract);
        var interfaces = typeof(IUmkmGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t));

        Assert.Equal(Grains.Keys.Select(t => t.Name).Order(), classes.Select(t => t.Name).Order());
        Assert.Equal(Interfaces.Keys.Select(t => t.Name).Order(), interfaces.Select(t => t.Name).Order());
    }

    [Fact]
    public void EveryGrain_KeepsItsGrainTypeAndStateName()
    {
        var resolver = Silo.GetRequiredService<GrainTypeResolver>();
        foreach (var (grain, (grainType, stateName)) in Grains)
        {
            Assert.True(grain.GetCustomAttribute<GrainTypeAttribute>() is not null, $"{grain.Name} names its grain type with [GrainType]: renaming the class would rename it otherwise.");
            Assert.Equal(grainType, resolver.GetGrainType(grain).ToString());
            var states = grain.GetConstructors().Single().GetParameters()
                .Select(p => p.GetCustomAttribute<PersistentStateAttribute>()).OfType<PersistentStateAttribute>().ToList();
            Assert.Equal(stateName is null ? [] : [(stateName, "programme")], states.Select(s => (s.StateName, s.StorageName!)));
        }
    }

    [Fact]
    public void EveryGrainInterface_KeepsItsNameOnTheWire()
    {
        var resolver = Silo.GetRequiredService<GrainInterfaceTypeResolver>();
        foreach (var (grainInterface, name) in Interfaces)
        {
            Assert.True(grainInterface.GetCustomAttribute<AliasAttribute>() is not null, $"{grainInterface.Name} names itself with [Alias]: moving it to another namespace would rename it otherwise.");
            Assert.Equal(name, resolver.GetGrainInterfaceType(grainInterface).ToString());
        }
    }

    [Fact]
    public void TablesAndStorageProvider_KeepTheirNames()
    {
        Assert.Equal("ProgrammeState", ProgrammeTables.GrainState);
        Assert.Equal("ProgrammeNudges", ProgrammeTables.Nudges);
        Assert.Equal("OrleansReminders", ProgrammeTables.Reminders);
        Assert.Equal("OrleansSiloInstances", ProgrammeTables.Membership);
        Assert.Equal("ProgrammeKeyRing", ProgrammeTables.KeyRing);
        Assert.Equal("ProgrammeMentoring", ProgrammeTables.Mentoring);
        Assert.Equal("ProgrammeAccessLog", ProgrammeTables.AccessLog);
        Assert.Equal("programme", StorageNames.Programme);
    }

    [Fact]
    public async Task StoredRows_CarryThePinnedNames()
    {
        var driver = new ProgrammeDriver(fixture.Grains);
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        var round = (await fixture.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!.RoundId!;
        var serviceId = Silo.GetRequiredService<Microsoft.Extensions.Options.IOptions<Orleans.Configuration.ClusterOptions>>().Value.ServiceId;
        var storage = await Azurite.ConnectionStringAsync();
        var state = new TableClient(storage, "ProgrammeState");
        var reminders = new TableClient(storage, "OrleansReminders");

        foreach (var (grainType, key, stateName) in new[] { ("umkm", umkm, "umkm"), ("mentor", mentor, "mentor"), ("curationround", round, "round") })
        {
            Assert.True((await state.GetEntityIfExistsAsync<TableEntity>($"{serviceId}_{grainType}_{key}", stateName)).HasValue, $"no row {serviceId}_{grainType}_{key} / {stateName}");
        }
        var reminder = TableClient.CreateQueryFilter($"ServiceId eq {serviceId} and GrainReference eq {"umkm/" + umkm}");
        Assert.NotEmpty(await reminders.QueryAsync<TableEntity>(reminder).ToListAsync());
    }
}
