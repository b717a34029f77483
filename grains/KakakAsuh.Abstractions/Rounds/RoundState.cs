using KakakAsuh.Common;

namespace KakakAsuh.Rounds;

/// <summary>Everything a curation round grain knows.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.RoundState")]
public sealed record RoundState : IWorkflowState<RoundState>
{
    /// <summary>Most candidate mentees one round holds, to keep its stored state bounded.</summary>
    public const int MaxMenteeCandidates = 2_000;

    /// <summary>Most candidate mentors one round holds.</summary>
    public const int MaxMentorCandidates = 200;

    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public RoundStatus Status { get; init; }
    [Id(2)] public DateOnly Date { get; init; }
    [Id(3)] public string ScopeCode { get; init; } = "";
    [Id(4)] public IReadOnlyList<string> Panel { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> MentorCandidates { get; init; } = [];
    [Id(6)] public IReadOnlyList<string> MenteeCandidates { get; init; } = [];
    [Id(7)] public IReadOnlyList<Pick> Picks { get; init; } = [];
    [Id(8)] public long Version { get; init; }
    [Id(9)] public History History { get; init; } = History.Empty;
    [Id(10)] public DateOnly? Deadline { get; init; }
    /// <summary>When staff were nudged that the deadline is near.</summary>
    [Id(11)] public DateTimeOffset? DeadlineNudgedAt { get; init; }
    /// <summary>Why the round is flagged: its deadline passed and it could not close by itself.</summary>
    [Id(12)] public string? Flag { get; init; }

    public RoundState Recorded(HistoryEntry entry) => this with { History = History.Append(entry), Version = Version + 1 };
}
