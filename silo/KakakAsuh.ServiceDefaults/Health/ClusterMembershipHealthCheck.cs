using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans;
using Orleans.Runtime;

namespace KakakAsuh.ServiceDefaults.Health;

/// <summary>
/// Ready when the cluster's membership table, asked through the cluster (the management grain; from the client
/// API through a connected gateway), lists at least one active silo within two seconds.
/// </summary>
public sealed class ClusterMembershipHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            var active = hosts.Count(h => h.Value == SiloStatus.Active);
            var data = new Dictionary<string, object> { ["activeSilos"] = active };
            return active > 0
                ? HealthCheckResult.Healthy($"{active} active silo(s).", data)
                : HealthCheckResult.Unhealthy("No silo is active in the cluster.", data: data);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer.", ex);
        }
    }
}
