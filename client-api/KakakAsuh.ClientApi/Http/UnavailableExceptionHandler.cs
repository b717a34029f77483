using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Diagnostics;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// Answers 503 with <c>Retry-After</c> when a request failed because storage or a silo is briefly out of reach
/// (storage down, a silo died and its grains are moving), instead of a 500. Nothing was acknowledged, so the
/// caller retries the same request (with the same <c>Idempotency-Key</c>) after the pause. Other errors stay 500.
/// </summary>
public sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (title, detail) = Classify(exception);
        if (title is null || context.Response.HasStarted)
        {
            return false;
        }
        logger.LogWarning("{Method} {Path} answered 503: {Reason} ({Exception})", context.Request.Method, context.Request.Path, title, exception.GetType().Name);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }

    /// <summary>What kind of outage the exception (or one it wraps) shows, or null for an ordinary error.</summary>
    public static (string? Title, string? Detail) Classify(Exception exception)
    {
        foreach (var e in Chain(exception))
        {
            if (e is RequestFailedException { Status: 0 or 408 or 429 or >= 500 } or HttpRequestException or SocketException
                || e is Orleans.Serialization.UnavailableExceptionFallbackException fallback && fallback.ExceptionType?.Contains("RequestFailedException", StringComparison.Ordinal) == true)
            {
                return ("Storage is unavailable.", $"Table storage did not answer and the request was not acknowledged; retry in {RetryAfterSeconds} s with the same Idempotency-Key.");
            }
            if (e is SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException)
            {
                return ("The silo cluster is busy recovering.", $"A silo did not answer (it may have stopped and its grains are moving) and the request was not acknowledged; retry in {RetryAfterSeconds} s with the same Idempotency-Key.");
            }
        }
        return (null, null);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
