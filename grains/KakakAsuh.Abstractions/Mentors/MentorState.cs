using KakakAsuh.Common;

namespace KakakAsuh.Mentors;

/// <summary>Everything a mentor grain knows.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.MentorState")]
public sealed record MentorState : IWorkflowState<MentorState>
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public MentorStatus Status { get; init; }
    [Id(2)] public string Name { get; init; } = "";
    [Id(3)] public string KecamatanCode { get; init; } = "";
    [Id(4)] public string? KelurahanCode { get; init; }
    [Id(5)] public string? UmkmId { get; init; }
    [Id(6)] public int Capacity { get; init; }
    /// <summary>The UMKM it mentors now (at most <see cref="Capacity"/>).</summary>
    [Id(7)] public IReadOnlyList<string> Mentees { get; init; } = [];
    /// <summary>Its Adik Asuh who graduated.</summary>
    [Id(8)] public IReadOnlyList<string> Alumni { get; init; } = [];
    [Id(9)] public long Version { get; init; }
    [Id(10)] public History History { get; init; } = History.Empty;

    public int Graduated => Alumni.Count;

    public MentorState Recorded(HistoryEntry entry) => this with { History = History.Append(entry), Version = Version + 1 };
}
