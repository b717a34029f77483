namespace KakakAsuh.Common;

/// <summary>Why a command was refused, in words a person understands. A refused command changes nothing.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.Refusal")]
public sealed record Refusal(
    [property: Id(0)] RefusalKind Kind,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message,
    [property: Id(3)] IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static Refusal Invalid(string code, string message, string? field = null) =>
        new(RefusalKind.Invalid, code, message, field is null ? null : new Dictionary<string, string[]> { [field] = [message] });

    public static Refusal Conflict(string code, string message) => new(RefusalKind.Conflict, code, message);

    public static Refusal NotFound(string code, string message) => new(RefusalKind.NotFound, code, message);

    public static Refusal Forbidden(string code, string message) => new(RefusalKind.Forbidden, code, message);
}
