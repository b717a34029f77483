using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KakakAsuh.ClientApi.Limits;

/// <summary>
/// ASP.NET Core's rate limiter, a fixed window per token subject (per IP address without a valid token); the
/// health probes are not limited. Over the limit: 429 ProblemDetails with <c>Retry-After</c> in seconds.
/// </summary>
public static class RateLimiting
{
    public static WebApplicationBuilder AddProgrammeRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(RateLimitOptions.IsValid, "RateLimiting: PermitLimit, AnonymousPermitLimit and Window are above zero.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var subject = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.Identity.Name
            : null;
        return subject is not null
            ? RateLimitPartition.GetFixedWindowLimiter("token:" + subject, _ => Window(limits.PermitLimit, limits.Window))
            : RateLimitPartition.GetFixedWindowLimiter("ip:" + context.Connection.RemoteIpAddress, _ => Window(limits.AnonymousPermitLimit, limits.Window));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var window = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Window;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This token made more requests than its limit allows; retry after {seconds} s.",
            },
        });
    }
}
