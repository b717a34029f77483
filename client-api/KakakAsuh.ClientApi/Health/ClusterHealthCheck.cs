using Azure.Data.Tables;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KakakAsuh.ClientApi.Health;

/// <summary>Ready when a grain answers through the cluster within two seconds.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy("The silo cluster answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The silo cluster does not answer.", ex);
        }
    }
}

/// <summary>Ready when Azure Table storage answers within two seconds.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token))
            {
                break;
            }
            return HealthCheckResult.Healthy("Table storage answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Table storage does not answer.", ex);
        }
    }
}
