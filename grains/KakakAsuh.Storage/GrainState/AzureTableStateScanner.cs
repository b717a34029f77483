using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using KakakAsuh.Mentors;
using KakakAsuh.Umkm;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;

namespace KakakAsuh.Storage.GrainState;

/// <summary>
/// Reads this service's UMKM and mentor states straight from the grain-state table (<see cref="GrainStateRows"/>),
/// under the grain types and state names the grains are stored with, deserialized as the grain storage does.
/// </summary>
public sealed class AzureTableStateScanner(
    TableServiceClient tables,
    IOptions<ClusterOptions> cluster,
    IOptions<SystemTextJsonGrainStorageSerializerOptions> json) : IStoredStateScanner
{
    public IAsyncEnumerable<UmkmState> UmkmAsync(CancellationToken cancellationToken) =>
        ReadAsync<UmkmState>(GrainTypes.Umkm, StateNames.Umkm, cancellationToken);

    public IAsyncEnumerable<MentorState> MentorsAsync(CancellationToken cancellationToken) =>
        ReadAsync<MentorState>(GrainTypes.Mentor, StateNames.Mentor, cancellationToken);

    private async IAsyncEnumerable<T> ReadAsync<T>(string grainType, string stateName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = GrainStateRows.AllOfType(cluster.Value.ServiceId, grainType, stateName);
        await foreach (var entity in tables.GetTableClient(ProgrammeTables.GrainState).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (GrainStateRows.Json(entity) is { Length: > 0 } text && JsonSerializer.Deserialize<T>(text, json.Value.JsonSerializerOptions) is { } state)
            {
                yield return state;
            }
        }
    }
}
