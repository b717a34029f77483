using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>How big the kelurahan summaries' stored state is, read straight from the table Orleans wrote it to.</summary>
public static class StoredSummaries
{
    /// <summary>Stored summary rows that hold UMKM (kelurahan), their JSON size and how many sources each holds.</summary>
    public static async Task<IReadOnlyList<(int Bytes, int Sources)>> KelurahanAsync(TableServiceClient tables, string serviceId)
    {
        var prefix = $"{serviceId}_areasummary_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"} and RowKey eq {"summary"}");
        var rows = new List<(int, int)>();
        await foreach (var entity in tables.GetTableClient(KakakAsuh.Silo.AzureTableStateScanner.TableName).QueryAsync<TableEntity>(filter))
        {
            var json = new StringBuilder();
            for (var i = 0; i < 15 && entity.TryGetValue(i == 0 ? "StringData" : $"StringData{i}", out var chunk) && chunk is string part; i++)
            {
                json.Append(part);
            }
            if (json.Length == 0)
            {
                continue;
            }
            using var state = JsonDocument.Parse(json.ToString());
            var sources = state.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("Sources") || p.NameEquals("sources")).Value;
            var count = sources.ValueKind == JsonValueKind.Object ? sources.EnumerateObject().Count() : 0;
            // Kelurahan hold UMKM; a kecamatan holds at most 14 kelurahan and the city 8 kecamatan.
            if (count > 14)
            {
                rows.Add((Encoding.UTF8.GetByteCount(json.ToString()), count));
            }
        }
        return rows;
    }
}
