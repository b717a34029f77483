using System.Text;
using Azure.Data.Tables;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>What the reminder table and the nudge table hold, read straight from Azure Table storage.</summary>
public static class StoredNudges
{
    /// <summary>The reminder table Orleans' Azure table reminder service writes.</summary>
    public const string ReminderTable = "OrleansReminders";

    /// <summary>Reminder rows of a service with the given name (partitions are <c>{serviceId}_{hash}</c>).</summary>
    public static async Task<int> RemindersAsync(TableServiceClient tables, string serviceId, string reminderName)
    {
        var prefix = $"{serviceId}_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"}");
        var count = 0;
        await foreach (var row in tables.GetTableClient(ReminderTable).QueryAsync<TableEntity>(filter, select: ["ReminderName"], maxPerPage: 1000))
        {
            count += row.GetString("ReminderName") == reminderName ? 1 : 0;
        }
        return count;
    }

    /// <summary>The nudge table the outbox grains write, one row per nudge.</summary>
    public const string NudgeTable = KakakAsuh.Storage.ProgrammeTables.Nudges;

    /// <summary>
    /// Each partition of the nudge table (one per kecamatan): its key, the rows that match <paramref name="count"/>,
    /// all its rows, and the UTF-8 bytes of their text columns.
    /// </summary>
    public static async Task<IReadOnlyList<(string Partition, int Matching, int Rows, long Bytes)>> RowsAsync(TableServiceClient tables, string serviceId, Func<TableEntity, bool> count)
    {
        var prefix = $"{serviceId}_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"}");
        var partitions = new SortedDictionary<string, (int Matching, int Rows, long Bytes)>(StringComparer.Ordinal);
        await foreach (var row in tables.GetTableClient(NudgeTable).QueryAsync<TableEntity>(filter, maxPerPage: 1000))
        {
            var (matching, rows, bytes) = partitions.GetValueOrDefault(row.PartitionKey);
            var text = row.Select(p => p.Value).OfType<string>().Sum(v => (long)Encoding.UTF8.GetByteCount(v)) + Encoding.UTF8.GetByteCount(row.RowKey);
            partitions[row.PartitionKey] = (matching + (count(row) ? 1 : 0), rows + 1, bytes + text);
        }
        return [.. partitions.Select(p => (p.Key, p.Value.Matching, p.Value.Rows, p.Value.Bytes))];
    }
}
