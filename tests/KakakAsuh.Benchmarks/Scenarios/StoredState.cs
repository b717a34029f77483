using System.Text;
using Azure;
using Azure.Data.Tables;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>Grain state as Orleans' Azure table storage wrote it (string format, split over up to 15 properties).</summary>
public static class StoredState
{
    /// <summary>The rows of one grain type of a service: partition <c>{serviceId}_{grainType}_{key}</c>.</summary>
    public static AsyncPageable<TableEntity> Rows(TableServiceClient tables, string serviceId, string grainType, string rowKey)
    {
        var prefix = $"{serviceId}_{grainType}_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"} and RowKey eq {rowKey}");
        return tables.GetTableClient(KakakAsuh.Storage.ProgrammeTables.GrainState).QueryAsync<TableEntity>(filter);
    }

    /// <summary>The state's JSON, joined from its <c>StringData</c> properties; empty when there is none.</summary>
    public static string Json(TableEntity entity)
    {
        var json = new StringBuilder();
        for (var i = 0; i < 15 && entity.TryGetValue(i == 0 ? "StringData" : $"StringData{i}", out var chunk) && chunk is string part; i++)
        {
            json.Append(part);
        }
        return json.ToString();
    }
}
