using System.Text;
using Azure.Data.Tables;

namespace KakakAsuh.Storage.GrainState;

/// <summary>
/// How Orleans' Azure table grain storage lays out one grain's state with <c>UseStringFormat</c>: partition
/// <c>{serviceId}_{grainType}_{key}</c> (its grain id with <c>/ \ # ?</c> made <c>_</c>), row key the state name, and the
/// JSON cut into the string columns <c>StringData</c>, <c>StringData1</c>..<c>StringData14</c>. Written down once,
/// here, for what reads the table without Orleans (reconciliation).
/// </summary>
public static class GrainStateRows
{
    /// <summary>The string columns, in order: at most 15 of at most 32,768 characters.</summary>
    public static readonly IReadOnlyList<string> DataColumns = ["StringData", .. Enumerable.Range(1, 14).Select(i => $"StringData{i}")];

    /// <summary>A filter for the state rows <paramref name="stateName"/> of every grain of one type.</summary>
    public static string AllOfType(string serviceId, string grainType, string stateName)
    {
        var prefix = Sanitize($"{serviceId}_{grainType}/");
        // Every partition that starts with the prefix sorts at or after it and before the prefix with its last
        // character ('_') bumped to the next one ('`').
        return TableClient.CreateQueryFilter($"RowKey eq {stateName} and PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"}");
    }

    /// <summary>The JSON of one state row, or an empty string for a cleared state.</summary>
    public static string Json(TableEntity entity)
    {
        var json = new StringBuilder();
        foreach (var column in DataColumns)
        {
            if (entity.TryGetValue(column, out var chunk) && chunk is string { Length: > 0 } text)
            {
                json.Append(text);
            }
        }
        return json.ToString();
    }

    /// <summary>What Orleans does to a key before it becomes a table key.</summary>
    private static string Sanitize(string key) => key.Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');
}
