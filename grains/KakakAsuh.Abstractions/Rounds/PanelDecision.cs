namespace KakakAsuh.Rounds;

/// <summary>A panel member's decision on one pick.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.PanelDecision")]
public sealed record PanelDecision(
    [property: Id(0)] string UmkmId,
    [property: Id(1)] string PanelMember,
    [property: Id(2)] bool Approve);
