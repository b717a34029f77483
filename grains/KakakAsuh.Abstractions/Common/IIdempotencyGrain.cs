namespace KakakAsuh.Common;

/// <summary>
/// Remembers the response to one request made with an <c>Idempotency-Key</c> (keyed by caller and key), so a
/// retried command takes effect once and gets the first answer again.
/// </summary>
[Alias("KakakAsuh.Common.IIdempotencyGrain")]
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for a request with this fingerprint (method, path and body hash).</summary>
    Task<IdempotencyAnswer> BeginAsync(string fingerprint);

    /// <summary>Stores the response of the request that claimed the key.</summary>
    Task CompleteAsync(string fingerprint, StoredResponse response);

    /// <summary>Releases the key after a failure that did not complete, so a retry may run.</summary>
    Task AbandonAsync(string fingerprint);

    /// <summary>Removes the stored response (the owner's data it concerns was erased).</summary>
    Task ForgetAsync();
}
