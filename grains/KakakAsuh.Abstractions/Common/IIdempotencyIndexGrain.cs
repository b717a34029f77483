namespace KakakAsuh.Common;

/// <summary>
/// The idempotency records (<see cref="IIdempotencyGrain"/> keys) whose stored answers concern one UMKM, keyed by its
/// id, so that erasing the owner's data removes them too.
/// </summary>
[Alias("KakakAsuh.Common.IIdempotencyIndexGrain")]
public interface IIdempotencyIndexGrain : IGrainWithStringKey
{
    /// <summary>Notes that the record <paramref name="idempotencyKey"/> stores an answer about this UMKM.</summary>
    Task AddAsync(string idempotencyKey);

    /// <summary>Removes every record noted here, and the index itself.</summary>
    Task EraseAsync();
}
