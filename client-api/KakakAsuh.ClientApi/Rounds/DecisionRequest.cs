namespace KakakAsuh.ClientApi.Rounds;

/// <summary>The panel approves or rejects a pick.</summary>
public sealed record DecisionRequest(string? UmkmId, string? PanelMember, bool Approve, string? Reason);
