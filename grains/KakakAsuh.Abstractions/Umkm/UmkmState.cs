using KakakAsuh.Common;

namespace KakakAsuh.Umkm;

/// <summary>Everything a UMKM grain knows; stored as one Azure Table entity and returned whole to readers.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.UmkmState")]
public sealed record UmkmState : IWorkflowState<UmkmState>
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public ProgrammeStatus Status { get; init; }
    [Id(2)] public UmkmProfile Profile { get; init; } = new();
    [Id(3)] public Holdings Holdings { get; init; } = new();
    /// <summary>The tracks assessed as needed during mapping.</summary>
    [Id(4)] public IReadOnlyList<string> Needs { get; init; } = [];
    [Id(5)] public IReadOnlyList<TrackPlan> Plan { get; init; } = [];
    [Id(6)] public string? RoundId { get; init; }
    [Id(7)] public string? MentorId { get; init; }
    [Id(8)] public DateOnly? MentoringSince { get; init; }
    [Id(9)] public string? WithdrawalReason { get; init; }
    /// <summary>Grows by one with every accepted command.</summary>
    [Id(10)] public long Version { get; init; }
    [Id(11)] public History History { get; init; } = History.Empty;
    /// <summary>When the owner's personal data was erased on request (UU PDP); the business facts remain.</summary>
    [Id(12)] public DateTimeOffset? PersonalDataErasedAt { get; init; }
    /// <summary>Owner data replaced by corrections: personal data, shown and erased like the profile's.</summary>
    [Id(13)] public IReadOnlyList<FormerOwnerData> FormerOwnerData { get; init; } = [];
    /// <summary>Every curation round the UMKM was a candidate mentee in (their pick notes may mention the owner).</summary>
    [Id(14)] public IReadOnlyList<string> Rounds { get; init; } = [];

    public UmkmState Recorded(HistoryEntry entry) => this with { History = History.Append(entry), Version = Version + 1 };
}
