namespace KakakAsuh.Common;

[GenerateSerializer, Immutable, Alias("KakakAsuh.StoredResponse")]
public sealed record StoredResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] string? Location);
