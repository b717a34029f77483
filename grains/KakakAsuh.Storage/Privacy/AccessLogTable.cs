using Azure.Data.Tables;
using KakakAsuh.Privacy;

namespace KakakAsuh.Storage.Privacy;

/// <summary>
/// The personal-data access log, one row per entry and one partition per Jakarta day: recording is one insert however
/// many entries the day holds already, so the log never stops taking entries; retention drops a day's partition.
/// </summary>
public sealed class AccessLogTable(TableClient table, string serviceId)
{
    /// <summary>Most operations Azure Table storage takes in one transaction.</summary>
    private const int MaxBatch = 100;

    private volatile bool created;

    public string PartitionOf(DateOnly day) => $"{serviceId}_{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    public async Task AddAsync(DateOnly day, AccessLogEntry entry)
    {
        await EnsureCreatedAsync();
        await table.AddEntityAsync(AccessLogRow.From(PartitionOf(day), entry));
    }

    /// <summary>The day's entries matching <paramref name="query"/> (filtered by the table), oldest first.</summary>
    public async Task<IReadOnlyList<AccessLogEntry>> QueryAsync(DateOnly day, AccessLogQuery query)
    {
        await EnsureCreatedAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(day)}");
        if (query.UmkmId is { } umkm)
        {
            filter += " and " + TableClient.CreateQueryFilter($"UmkmId eq {umkm}");
        }
        if (query.Actor is { } actor)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Actor eq {actor}");
        }
        if (query.Action is { } action)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Action eq {action}");
        }
        var entries = new List<AccessLogEntry>();
        await foreach (var row in table.QueryAsync<AccessLogRow>(filter, maxPerPage: 1000))
        {
            entries.Add(row.ToEntry());
        }
        return entries;
    }

    /// <summary>Deletes every row of the day, a transaction of up to 100 at a time.</summary>
    public async Task ClearAsync(DateOnly day)
    {
        await EnsureCreatedAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(day)}");
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }
        foreach (var chunk in keys.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PartitionOf(day), k))));
        }
    }

    private async Task EnsureCreatedAsync()
    {
        if (!created)
        {
            await table.CreateIfNotExistsAsync();
            created = true;
        }
    }
}
