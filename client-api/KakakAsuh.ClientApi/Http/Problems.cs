using KakakAsuh.Common;

namespace KakakAsuh.ClientApi.Http;

/// <summary>Every refusal and error as a <c>ProblemDetails</c> that says what was wrong.</summary>
public static class Problems
{
    public static Refused From(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => new(TypedResults.ValidationProblem(
            refusal.FieldErrors ?? new Dictionary<string, string[]> { [""] = [refusal.Message] },
            detail: refusal.Message,
            title: "The request is not valid.",
            extensions: Code(refusal)), StatusCodes.Status400BadRequest),
        RefusalKind.NotFound => Problem(refusal.Message, StatusCodes.Status404NotFound, "Not found.", Code(refusal)),
        RefusalKind.Forbidden => Problem(refusal.Message, StatusCodes.Status403Forbidden, "Forbidden.", Code(refusal)),
        _ => Problem(refusal.Message, StatusCodes.Status409Conflict, "The workflow refused the command.", Code(refusal)),
    };

    public static Refused NotFound(string what) => Problem(what, StatusCodes.Status404NotFound, "Not found.");

    public static Refused Forbidden(string why) => Problem(why, StatusCodes.Status403Forbidden, "Forbidden.");

    public static Refused Invalid(string field, string message) =>
        From(Refusal.Invalid("invalid-request", message, field));

    private static Refused Problem(string detail, int status, string title, Dictionary<string, object?>? extensions = null) =>
        new(TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions), status);

    private static Dictionary<string, object?> Code(Refusal refusal) => new() { ["code"] = refusal.Code };
}
