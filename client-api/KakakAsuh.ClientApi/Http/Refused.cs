using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// A refused request, written as a <c>ProblemDetails</c> (see <see cref="Problems"/>). As an endpoint's declared result
/// it tells the OpenAPI document what the endpoint refuses with: 400 with field errors, 403 and 404, and for a command
/// (POST, PUT, DELETE) 409 with the workflow rule's code.
/// </summary>
public sealed class Refused : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private const string ProblemJson = "application/problem+json";

    private readonly IResult problem;

    internal Refused(IResult problem, int statusCode)
    {
        this.problem = problem;
        StatusCode = statusCode;
    }

    public int? StatusCode { get; }

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [ProblemJson]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), [ProblemJson]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), [ProblemJson]));
        if (builder.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Any(h => !HttpMethods.IsGet(h))))
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), [ProblemJson]));
        }
    }
}
