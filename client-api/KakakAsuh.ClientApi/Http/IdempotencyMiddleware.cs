using System.Security.Cryptography;
using KakakAsuh.Common;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// Honours an <c>Idempotency-Key</c> header on POST: the first request with a key runs and its response is
/// stored (for a day) under the caller, their rights and the key (<see cref="IdempotencyKeys"/>); a retry by the same
/// caller with the same rights, key and request gets that response again and changes nothing;
/// the same key on a different request is refused (422), and a retry while the first still runs gets 409.
/// Server errors are not stored, so a retry after one runs again; so is a response whose storing failed.
/// A response about a UMKM is noted in its <see cref="IIdempotencyIndexGrain"/>, so erasing the owner's data removes it.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values) || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        var key = values.ToString();
        if (key.Length is 0 or > 200)
        {
            await ProblemAsync(context, StatusCodes.Status400BadRequest, "The Idempotency-Key is 1 to 200 characters.");
            return;
        }
        var grain = grains.GetGrain<IIdempotencyGrain>(IdempotencyKeys.For(context.User, key));
        var fingerprint = await FingerprintAsync(context.Request);
        var answer = await grain.BeginAsync(fingerprint);
        switch (answer.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, answer.Response!);
                return;
            case IdempotencyOutcome.InProgress:
                await ProblemAsync(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed; retry shortly.");
                return;
            case IdempotencyOutcome.KeyReused:
                await ProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used for a different request.");
                return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await grain.AbandonAsync(fingerprint);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        var body = buffer.ToArray();
        if (context.Response.StatusCode < 500)
        {
            try
            {
                // Noted before it is stored: a note without a record is harmless, a record without a note outlives an erasure.
                if (UmkmOf(context) is { } umkm)
                {
                    await grains.GetGrain<IIdempotencyIndexGrain>(umkm).AddAsync(grain.GetPrimaryKeyString());
                }
                await grain.CompleteAsync(fingerprint, new StoredResponse(context.Response.StatusCode, context.Response.ContentType, body, context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null));
            }
            catch (Exception ex)
            {
                // The command's own answer stands (an accepted command is already durable); only its replay is lost,
                // so a retry with this key runs the command again and meets its effect.
                logger.LogWarning(ex, "Storing the response for an Idempotency-Key failed; the answer is sent without a stored replay.");
            }
        }
        else
        {
            await grain.AbandonAsync(fingerprint);
        }
        await original.WriteAsync(body);
    }

    /// <summary>The UMKM an answer concerns (its owner data is in it): the one in the path, or the one a registration created.</summary>
    private static string? UmkmOf(HttpContext context)
    {
        const string prefix = "/api/umkm/";
        if (context.Response.Headers.Location.ToString() is { } location && location.StartsWith(prefix, StringComparison.Ordinal))
        {
            return location[prefix.Length..].Split('/')[0];
        }
        return context.Request.Path.StartsWithSegments("/api/umkm") ? context.GetRouteValue("id") as string : null;
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.StatusCode;
        context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(stored.Body);
    }

    private async Task ProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = "Idempotency-Key refused.", Detail = detail },
        });
    }
}
