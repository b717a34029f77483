using Azure.Data.Tables;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Reads the nudge table straight from Azure Table storage with <c>Azure.Data.Tables</c>, independent of the grains.</summary>
public sealed class NudgeRows(string connectionString, string serviceId)
{
    private readonly TableClient table = new(connectionString, KakakAsuh.Storage.ProgrammeTables.Nudges);

    /// <summary>Every nudge row of this service (partitions <c>{serviceId}_{kecamatan}</c>).</summary>
    public async Task<IReadOnlyList<TableEntity>> EntitiesAsync()
    {
        await table.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {serviceId + "_"} and PartitionKey lt {serviceId + "`"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }
        return rows;
    }
}
