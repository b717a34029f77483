using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KakakAsuh.Silo;

/// <summary>Ready when the membership table lists this very silo as Active (not joining, not shutting down).</summary>
public sealed class SiloStatusHealthCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        var data = new Dictionary<string, object> { ["silo"] = local.SiloAddress.ToString(), ["status"] = status.ToString() };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("This silo is active in the cluster.", data)
            : HealthCheckResult.Unhealthy($"This silo is {status} in the cluster.", data: data));
    }
}
