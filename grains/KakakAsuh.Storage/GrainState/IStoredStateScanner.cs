using KakakAsuh.Mentors;
using KakakAsuh.Umkm;

namespace KakakAsuh.Storage.GrainState;

/// <summary>Reads every stored UMKM and mentor state straight from grain storage, for reconciliation.</summary>
public interface IStoredStateScanner
{
    IAsyncEnumerable<UmkmState> UmkmAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<MentorState> MentorsAsync(CancellationToken cancellationToken);
}
