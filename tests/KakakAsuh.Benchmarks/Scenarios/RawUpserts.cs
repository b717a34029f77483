using System.Text.Json;
using Azure.Data.Tables;
using KakakAsuh.Benchmarks.Measuring;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>How raw entities are keyed.</summary>
public enum KeyLayout
{
    /// <summary>56 partitions (one per kelurahan), a distinct row key per entity: what a table designed for Azurite looks like.</summary>
    Spread,

    /// <summary>As Orleans' Azure table grain storage keys state: a partition per grain, and the state name as the row key of all of them.</summary>
    Orleans,
}

/// <summary>Plain <c>Azure.Data.Tables</c> upserts of copies of a real registered UMKM's stored entity.</summary>
public static class RawUpserts
{
    /// <summary>A registered UMKM's entity as Orleans stored it (partition <c>{serviceId}_umkm_{key}</c>, row <c>umkm</c>).</summary>
    public static async Task<TableEntity> SampleUmkmEntityAsync(TableServiceClient tables, string serviceId)
    {
        var prefix = $"{serviceId}_umkm_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"}");
        await foreach (var entity in tables.GetTableClient(KakakAsuh.Storage.ProgrammeTables.GrainState).QueryAsync<TableEntity>(filter, maxPerPage: 1))
        {
            return new TableEntity(entity.Where(p => p.Key is not ("odata.etag" or "Timestamp")).ToDictionary(p => p.Key, p => p.Value));
        }
        throw new InvalidOperationException("No UMKM entity found in ProgrammeState.");
    }

    /// <summary>The entity's size as JSON on the wire, in bytes.</summary>
    public static int SizeInBytes(TableEntity entity) => JsonSerializer.SerializeToUtf8Bytes(entity.ToDictionary(p => p.Key, p => p.Value)).Length;

    /// <summary>
    /// Upserts <paramref name="count"/> copies of <paramref name="template"/> into <paramref name="tableName"/>, each under
    /// its own key (numbered from <paramref name="first"/>, prefixed with <paramref name="prefix"/>).
    /// </summary>
    public static async Task<RunResult> RunAsync(TableServiceClient tables, string tableName, string prefix, KeyLayout layout, TableEntity template, int first, int count, int writers, TimeSpan limit)
    {
        var table = tables.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        return await LoadRun.RunAsync(count, writers, limit, async i =>
        {
            var n = first + i;
            var entity = new TableEntity(template);
            (entity.PartitionKey, entity.RowKey) = layout == KeyLayout.Spread
                ? ($"{prefix}_{n % 56:D2}", $"RAW-{n:D7}")
                : ($"{prefix}_umkm_RAW-{n:D7}", template.RowKey);
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
        });
    }

    /// <summary>How many entities a table holds (a scan of keys only).</summary>
    public static async Task<int> CountAsync(TableServiceClient tables, string tableName)
    {
        var count = 0;
        await foreach (var page in tables.GetTableClient(tableName).QueryAsync<TableEntity>(select: ["PartitionKey"], maxPerPage: 1000).AsPages())
        {
            count += page.Values.Count;
        }
        return count;
    }
}
