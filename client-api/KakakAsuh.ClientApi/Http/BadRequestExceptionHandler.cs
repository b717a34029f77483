using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// A request that minimal-API binding could not read (JSON that does not parse or does not fit, <c>null</c> or no
/// body, a query value of the wrong type, another media type) answers 400, 413 or 415 as a <c>ProblemDetails</c> whose
/// <c>errors</c> name the field, in every environment. Binding throws <see cref="BadHttpRequestException"/> everywhere
/// (<see cref="ThrowOnBadRequest"/>), so Development answers as production does, never 500.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>Binding failures as exceptions in every environment, so this handler words them the same everywhere.</summary>
    public static void ThrowOnBadRequest(RouteHandlerOptions options) => options.ThrowOnBadRequest = true;

    /// <summary>
    /// A body of another media type than JSON is answered 415 by binding without an exception; the status-code page's
    /// ProblemDetails then says what to send, under the field <c>Content-Type</c>.
    /// </summary>
    public static void DescribeUnsupportedMediaType(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && problem.Detail is null)
        {
            var sent = context.HttpContext.Request.ContentType is { Length: > 0 } type ? $"; got {type}" : "; got none";
            problem.Detail = $"Send the body as JSON with Content-Type: application/json{sent}.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [problem.Detail] };
            problem.Extensions["code"] = "bad-request";
        }
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }
        var (field, message) = Describe(bad);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                    StatusCodes.Status415UnsupportedMediaType => "Unsupported media type.",
                    _ => "The request is not valid.",
                },
                Detail = message,
                Extensions = { ["code"] = "bad-request" },
            },
        });
    }

    /// <summary>The field at fault (a JSON path without its <c>$.</c>, a parameter's name, or <c>body</c>) and what was wrong with it.</summary>
    public static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (FindJson(exception) is { } json)
        {
            var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : "body";
            var reason = json.Message.Split(" Path: ", 2)[0].TrimEnd('.');
            return (field, $"The JSON body could not be read at '{field}': {reason}.");
        }
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("body", $"{exception.Message.TrimEnd('.')}; send JSON with Content-Type: application/json.");
        }
        var parameter = Parameter().Match(exception.Message);
        var fromBody = exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase);
        var name = fromBody || !parameter.Success ? "body" : parameter.Groups["name"].Value;
        var message = fromBody
            ? "The request needs a JSON body (an object, not null or empty)."
            : exception.Message.Replace(parameter.Value, $"\"{name}\"", StringComparison.Ordinal);
        return (name, message);
    }

    private static JsonException? FindJson(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }
        return null;
    }

    /// <summary>The parameter binding names, e.g. <c>"int page"</c> in <c>Failed to bind parameter "int page" from "x".</c></summary>
    [GeneratedRegex("\"(?<type>[^\"]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();
}
