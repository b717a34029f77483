namespace KakakAsuh.Nudges;

/// <summary>Which nudges to read.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.NudgeQuery")]
public sealed record NudgeQuery
{
    [Id(0)] public NudgeRung? Rung { get; init; }
    [Id(1)] public string? MentorId { get; init; }
    /// <summary>Only nudges of UMKM inside this area.</summary>
    [Id(2)] public string? AreaCode { get; init; }
    [Id(3)] public bool UnacknowledgedOnly { get; init; }
    [Id(4)] public int Skip { get; init; }
    [Id(5)] public int Take { get; init; } = 50;
}
