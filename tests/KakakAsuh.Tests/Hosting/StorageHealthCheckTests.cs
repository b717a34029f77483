using System.Text.RegularExpressions;
using Azure.Data.Tables;
using KakakAsuh.ServiceDefaults.Health;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KakakAsuh.Tests.Hosting;

/// <summary>The storage readiness check against a real Azurite, and against a port where nothing answers.</summary>
public sealed class StorageHealthCheckTests
{
    [Fact]
    public async Task Check_WithAzuriteUp_IsHealthy()
    {
        var tables = new TableServiceClient(await Azurite.ConnectionStringAsync());
        await tables.CreateTableIfNotExistsAsync(KakakAsuh.Storage.ProgrammeTables.GrainState);

        var result = await new StorageHealthCheck(tables).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Check_WithNothingListening_IsUnhealthyWithinItsTimeout()
    {
        var nowhere = Regex.Replace(await Azurite.ConnectionStringAsync(), @"127\.0\.0\.1:\d+", $"127.0.0.1:{FreePort.Next()}");
        var started = DateTime.UtcNow;

        var result = await new StorageHealthCheck(new TableServiceClient(nowhere)).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "The check gives up after two seconds, not after the SDK's retries.");
    }
}
