using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using KakakAsuh.FaultTests.Load;

namespace KakakAsuh.FaultTests.Checks;

/// <summary>
/// Reads grain state straight from the <c>ProgrammeState</c> table with <c>Azure.Data.Tables</c>, independent of
/// Orleans and of the programme's code: rows <c>{serviceId}_{grainType}_{key}</c> / state name, JSON in
/// <c>StringData</c>, <c>StringData1</c>...
/// </summary>
public sealed class StoredState(string connectionString, string serviceId)
{
    private readonly TableClient table = new(connectionString, "ProgrammeState");

    /// <summary>Every stored state of one grain type, by key, as JSON.</summary>
    public async Task<Dictionary<string, JsonElement>> ReadAllAsync(string grainType, string stateName)
    {
        var prefix = $"{serviceId}_{grainType}_";
        var states = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.RowKey == stateName && e.PartitionKey.CompareTo(prefix) >= 0 && e.PartitionKey.CompareTo(prefix + "\uffff") < 0))
        {
            var json = new StringBuilder();
            for (var i = 0; i < 15 && entity.TryGetValue(i == 0 ? "StringData" : $"StringData{i}", out var chunk) && chunk is string part; i++)
            {
                json.Append(part);
            }
            states[entity.PartitionKey[prefix.Length..]] = JsonDocument.Parse(json.ToString()).RootElement.Clone();
        }
        return states;
    }

    public Task<Dictionary<string, JsonElement>> UmkmAsync() => ReadAllAsync("umkm", "umkm");

    /// <summary>The acknowledged commands whose effect is not in storage: the UMKM is missing or its history lacks the action.</summary>
    public static List<Acknowledged> Missing(IEnumerable<Acknowledged> acknowledged, IReadOnlyDictionary<string, JsonElement> umkm) =>
        [.. acknowledged.Where(a => !umkm.TryGetValue(a.UmkmId, out var state) || !Actions(state).Contains(a.Action))];

    /// <summary>The actions recorded in a stored workflow state's history.</summary>
    public static HashSet<string> Actions(JsonElement state) =>
        [.. Property(Property(state, "History"), "Entries").EnumerateArray().Select(e => Property(e, "Action").GetString()!)];

    /// <summary>A property by name, whatever the casing the serializer used.</summary>
    public static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
