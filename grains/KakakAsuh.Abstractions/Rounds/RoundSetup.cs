namespace KakakAsuh.Rounds;

/// <summary>What staff enter to open a curation round.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.RoundSetup")]
public sealed record RoundSetup
{
    [Id(0)] public DateOnly Date { get; init; }
    /// <summary>The area: the city (<c>31.73</c>) or one kecamatan (e.g. <c>31.73.04</c>).</summary>
    [Id(1)] public string ScopeCode { get; init; } = "";
    /// <summary>The expert panel's members, who approve or reject picks.</summary>
    [Id(2)] public IReadOnlyList<string> Panel { get; init; } = [];
    /// <summary>When picks and decisions must be in; reminders nudge staff before it and close or flag the round on it.</summary>
    [Id(3)] public DateOnly? Deadline { get; init; }
}
