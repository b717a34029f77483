using Azure.Data.Tables;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Privacy;
using KakakAsuh.Privacy;
using KakakAsuh.Storage;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Privacy;

/// <summary>The access log keeps each day for <c>Retention:AccessLog</c>, then drops it, in storage too.</summary>
public sealed class AccessLogRetentionTests
{
    [Fact]
    public async Task DaysOlderThanTheRetention_AreDroppedFromStorage_TheRestAreKept()
    {
        var time = new FakeTimeProvider(TestClusters.ProgrammeStart);
        var serviceId = Keys.New("retention");
        await using var cluster = await TestClusters.StartAsync(serviceId, time,
            configure: silo => silo.Services.Configure<RetentionOptions>(o => o.AccessLog = TimeSpan.FromDays(30)));
        var grains = cluster.Client;
        var index = grains.GetGrain<IAccessLogIndexGrain>(IAccessLogIndexGrain.Key);

        var first = await RecordAsync(grains, time, "UMKM-OLD");
        time.Advance(TimeSpan.FromDays(20));
        var second = await RecordAsync(grains, time, "UMKM-NEW");
        Assert.Equal([second, first], await index.DaysAsync(DateOnly.MinValue, DateOnly.MaxValue));

        time.Advance(TimeSpan.FromDays(15));
        Assert.Equal([second], await index.DaysAsync(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Empty(await grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(first)).QueryAsync(new AccessLogQuery()));
        Assert.Single(await grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(second)).QueryAsync(new AccessLogQuery()));
        var table = new TableClient(await Azurite.ConnectionStringAsync(), ProgrammeTables.AccessLog);
        Assert.Empty(await RowsAsync(table, $"{serviceId}_{IAccessLogGrain.KeyFor(first)}"));
        Assert.Single(await RowsAsync(table, $"{serviceId}_{IAccessLogGrain.KeyFor(second)}"));
    }

    /// <summary>The stored rows of one day's partition, read independently of the grains.</summary>
    private static async Task<List<TableEntity>> RowsAsync(TableClient table, string partition)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<DateOnly> RecordAsync(IGrainFactory grains, TimeProvider time, string umkm)
    {
        var day = WorkingCalendar.Today(time);
        await grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(day)).RecordAsync(
            new AccessLogEntry { At = time.GetUtcNow(), Actor = "staff:officer", UmkmId = umkm, Fields = ["nik"], Action = "read", Purpose = "verifikasi NIB di OSS" });
        return day;
    }
}
