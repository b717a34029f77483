namespace KakakAsuh.Common;

/// <summary>
/// The ids of every mentor or every curation round (keys <see cref="Registries.Mentors"/>, <see cref="Registries.Rounds"/>),
/// so they can be listed; there are tens to hundreds of each, never the 35,000 UMKM (those are listed by area).
/// </summary>
[Alias("KakakAsuh.Common.IRegistryGrain")]
public interface IRegistryGrain : IGrainWithStringKey
{
    /// <summary>Adds an id; adding it again changes nothing.</summary>
    Task AddAsync(string id);

    /// <summary>Every id, in the order they were added.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>The ids from <paramref name="skip"/>, at most <paramref name="take"/>, newest first: what a list reads, so it loads only its page's grains.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<RegistryPage> PageAsync(int skip, int take);
}
