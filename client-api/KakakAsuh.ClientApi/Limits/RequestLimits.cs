using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KakakAsuh.ClientApi.Limits;

/// <summary>
/// Request size and JSON depth limits. A body over the limit is refused with 413 ProblemDetails before it is
/// read (by its Content-Length) or, streamed without one, by Kestrel while it is read; JSON nested deeper than
/// the limit is a 400; a body in another charset than UTF-8 is a 415.
/// </summary>
public static class RequestLimits
{
    public static WebApplicationBuilder AddProgrammeRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section)
            .Validate(RequestLimitOptions.IsValid, "RequestLimits: MaxBodyBytes > 0, MaxLargeBodyBytes >= MaxBodyBytes, MaxJsonDepth 1 to 256.")
            .ValidateOnStart();
        builder.Services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<IOptions<RequestLimitOptions>>((json, limits) => json.SerializerOptions.MaxDepth = limits.Value.MaxJsonDepth);
        return builder;
    }

    /// <summary>Refuses bodies over the endpoint's limit and tells the server to enforce it while reading.</summary>
    public static IApplicationBuilder UseProgrammeRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<LargeBody>() is null ? limits.MaxBodyBytes : limits.MaxLargeBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"This endpoint takes bodies of at most {limit:N0} bytes.");
            return;
        }
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue
            && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !type.Charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported charset.", "Send request bodies in UTF-8.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        await next(context);
    });

    private static ValueTask RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
