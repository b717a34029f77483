using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// Reads grain state straight from Azure Table storage with <c>Azure.Data.Tables</c>, independent of Orleans:
/// the proof that what the grains acknowledged is really in storage.
/// </summary>
public sealed class GrainStateTable(string connectionString, string serviceId)
{
    public const string TableName = KakakAsuh.Storage.ProgrammeTables.GrainState;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly TableClient table = new(connectionString, TableName);

    /// <summary>All raw entities of this service, keyed by partition key.</summary>
    public async Task<IReadOnlyList<TableEntity>> EntitiesAsync()
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo(serviceId + "_") >= 0 && e.PartitionKey.CompareTo(serviceId + "`") < 0))
        {
            entities.Add(entity);
        }
        return entities;
    }

    /// <summary>The stored state of one grain, deserialized from the JSON Orleans wrote, or null.</summary>
    public async Task<T?> ReadAsync<T>(string grainType, string key, string stateName) where T : class
    {
        var partitionKey = $"{serviceId}_{grainType}_{key}";
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, stateName);
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }
        var json = new StringBuilder();
        foreach (var name in new[] { "StringData" }.Concat(Enumerable.Range(1, 14).Select(i => $"StringData{i}")))
        {
            if (entity.TryGetValue(name, out var chunk) && chunk is string text)
            {
                json.Append(text);
            }
        }
        return JsonSerializer.Deserialize<T>(json.ToString(), Json);
    }
}
