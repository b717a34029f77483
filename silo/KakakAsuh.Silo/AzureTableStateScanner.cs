using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using KakakAsuh.Grains.Summaries;
using KakakAsuh.Mentors;
using KakakAsuh.ServiceDefaults;
using KakakAsuh.Umkm;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace KakakAsuh.Silo;

/// <summary>
/// Reads grain state rows of this service straight from the Azure table, the way Orleans wrote them
/// (partition <c>{serviceId}_{grainType}_{key}</c>, row = state name, JSON in <c>StringData</c>, <c>StringData1</c>...).
/// </summary>
public sealed class AzureTableStateScanner(
    TableServiceClient tables,
    IOptions<ClusterOptions> cluster,
    IOptions<SystemTextJsonGrainStorageSerializerOptions> json) : IStoredStateScanner
{
    public const string TableName = ProgrammeTables.GrainState;

    public IAsyncEnumerable<UmkmState> UmkmAsync(CancellationToken cancellationToken) => ReadAsync<UmkmState>("umkm", "umkm", cancellationToken);

    public IAsyncEnumerable<MentorState> MentorsAsync(CancellationToken cancellationToken) => ReadAsync<MentorState>("mentor", "mentor", cancellationToken);

    private async IAsyncEnumerable<T> ReadAsync<T>(string grainType, string stateName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = $"{cluster.Value.ServiceId}_{grainType}_";
        var filter = TableClient.CreateQueryFilter($"RowKey eq {stateName} and PartitionKey ge {prefix} and PartitionKey lt {prefix[..^1] + "`"}");
        await foreach (var entity in tables.GetTableClient(TableName).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var text = new StringBuilder();
            for (var i = 0; i < 15 && entity.TryGetValue(i == 0 ? "StringData" : $"StringData{i}", out var chunk) && chunk is string part; i++)
            {
                text.Append(part);
            }
            if (text.Length > 0 && JsonSerializer.Deserialize<T>(text.ToString(), json.Value.JsonSerializerOptions) is { } state)
            {
                yield return state;
            }
        }
    }
}
