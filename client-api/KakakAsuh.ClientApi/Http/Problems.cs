using KakakAsuh.Common;

namespace KakakAsuh.ClientApi.Http;

/// <summary>Every refusal and error as a <c>ProblemDetails</c> that says what was wrong.</summary>
public static class Problems
{
    public static IResult From(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => TypedResults.ValidationProblem(
            refusal.FieldErrors ?? new Dictionary<string, string[]> { [""] = [refusal.Message] },
            detail: refusal.Message,
            title: "The request is not valid.",
            extensions: Code(refusal)),
        RefusalKind.NotFound => TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found.", extensions: Code(refusal)),
        _ => TypedResults.Problem(refusal.Message, statusCode: StatusCodes.Status409Conflict, title: "The workflow refused the command.", extensions: Code(refusal)),
    };

    /// <summary>
    /// The answer to a command: its refusal as a problem, or the state after it (201 at <paramref name="createdAt"/>
    /// for a new resource, else 200).
    /// </summary>
    public static async Task<IResult> AnswerAsync<T>(CommandResult result, Func<Task<T>> read, string? createdAt = null) =>
        result.Refusal is { } refusal ? From(refusal)
        : createdAt is null ? TypedResults.Ok(await read())
        : TypedResults.Created(createdAt, await read());

    public static IResult NotFound(string what) =>
        TypedResults.Problem(what, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static IResult Forbidden(string why) =>
        TypedResults.Problem(why, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");

    public static IResult Invalid(string field, string message) =>
        From(Refusal.Invalid("invalid-request", message, field));

    private static Dictionary<string, object?> Code(Refusal refusal) => new() { ["code"] = refusal.Code };
}
