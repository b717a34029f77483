namespace KakakAsuh.Idempotency;

/// <summary>
/// Remembers the response to one request made with an <c>Idempotency-Key</c> (keyed by caller and key), so a
/// retried command takes effect once and gets the first answer again.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for a request with this fingerprint (method, path and body hash).</summary>
    Task<IdempotencyAnswer> BeginAsync(string fingerprint);

    /// <summary>Stores the response of the request that claimed the key.</summary>
    Task CompleteAsync(string fingerprint, StoredResponse response);

    /// <summary>Releases the key after a failure that did not complete, so a retry may run.</summary>
    Task AbandonAsync(string fingerprint);
}

/// <summary>What to do with a request carrying an idempotency key.</summary>
public enum IdempotencyOutcome
{
    /// <summary>First time: run it.</summary>
    Proceed,
    /// <summary>The same request is running right now.</summary>
    InProgress,
    /// <summary>Done before: send the stored response.</summary>
    Replay,
    /// <summary>The key was used for a different request.</summary>
    KeyReused,
}

[GenerateSerializer, Immutable, Alias("KakakAsuh.IdempotencyAnswer")]
public sealed record IdempotencyAnswer([property: Id(0)] IdempotencyOutcome Outcome, [property: Id(1)] StoredResponse? Response = null);

[GenerateSerializer, Immutable, Alias("KakakAsuh.StoredResponse")]
public sealed record StoredResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] string? Location);
