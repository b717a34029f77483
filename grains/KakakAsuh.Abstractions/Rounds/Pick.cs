namespace KakakAsuh.Rounds;

/// <summary>A mentor's pick of one candidate mentee.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.Pick")]
public sealed record Pick
{
    [Id(0)] public string MentorId { get; init; } = "";
    [Id(1)] public string UmkmId { get; init; } = "";
    [Id(2)] public PickStatus Status { get; init; }
    /// <summary>The panel member who decided.</summary>
    [Id(3)] public string? DecidedBy { get; init; }
    /// <summary>The panel's reason, or why the assignment could not be made.</summary>
    [Id(4)] public string? Note { get; init; }

    /// <summary>A pick that holds the mentee and a place of the mentor.</summary>
    public bool IsLive => Status is PickStatus.Proposed or PickStatus.Approved or PickStatus.Assigned;
}
