namespace KakakAsuh.Common;

/// <summary>Remembers that a data set (key e.g. <c>kakak-asuh-2024</c>) was seeded, so a second start does not seed again.</summary>
[Alias("KakakAsuh.Common.ISeedGrain")]
public interface ISeedGrain : IGrainWithStringKey
{
    /// <summary>When seeding finished, or null if it never did.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DateTimeOffset?> CompletedAtAsync();

    /// <summary>Records that seeding finished.</summary>
    Task MarkCompletedAsync(DateTimeOffset at);
}
