using Azure;
using Azure.Data.Tables;
using KakakAsuh.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KakakAsuh.ServiceDefaults.Health;

/// <summary>Ready when the grain-state table answers a one-row query within two seconds.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            var table = tables.GetTableClient(ProgrammeTables.GrainState);
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token))
            {
                break;
            }
            return HealthCheckResult.Healthy($"Table storage answers ({ProgrammeTables.GrainState}).");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return HealthCheckResult.Unhealthy($"Table {ProgrammeTables.GrainState} does not exist yet; the first silo creates it when it starts.", ex);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Table storage does not answer.", ex);
        }
    }
}
