using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>What the reminder table and the nudge outboxes hold, read straight from Azure Table storage.</summary>
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

    /// <summary>
    /// Each stored outbox: its key, the nudges it holds that match <paramref name="count"/> (null when its JSON does not
    /// parse), its JSON size in characters and in UTF-8 bytes.
    /// </summary>
    public static async Task<IReadOnlyList<(string Partition, int? Matching, int Chars, int Bytes)>> OutboxesAsync(TableServiceClient tables, string serviceId, Func<JsonElement, bool> count)
    {
        var outboxes = new List<(string, int?, int, int)>();
        await foreach (var entity in StoredState.Rows(tables, serviceId, "nudgeoutbox", "outbox"))
        {
            var json = StoredState.Json(entity);
            int? matching = 0;
            try
            {
                if (json.Length > 0)
                {
                    using var state = JsonDocument.Parse(json);
                    matching = state.RootElement.EnumerateArray().Count(count);
                }
            }
            catch (JsonException)
            {
                matching = null;
            }
            outboxes.Add((entity.PartitionKey, matching, json.Length, Encoding.UTF8.GetByteCount(json)));
        }
        return outboxes;
    }
}
