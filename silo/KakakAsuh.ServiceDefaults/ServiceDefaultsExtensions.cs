using KakakAsuh.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace KakakAsuh.ServiceDefaults;

/// <summary>
/// What the silo and the client API host alike: readiness (cluster membership and table storage), liveness, and
/// OpenTelemetry metrics (Orleans' meters, the programme's, ASP.NET Core and the .NET runtime) scraped by Prometheus.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The tag of the health checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Orleans' own meters and every meter of this programme (<c>KakakAsuh.Programme</c>).</summary>
    public static readonly string[] Meters = ["Microsoft.Orleans", "KakakAsuh.*"];

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // Every scrape reads the instruments afresh (no cached answer): scrapers come every few seconds at most.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterMembershipHealthCheck>("cluster", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c> (the process answers), <c>/health/ready</c> (every check tagged <see cref="ReadyTag"/>,
    /// as JSON) and <c>/metrics</c> (Prometheus text); none needs a token.
    /// </summary>
    public static IEndpointRouteBuilder MapServiceDefaults(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        return app;
    }
}
