namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Opens a curation round. Without an <see cref="Id"/> it is <c>{scope}-{date}</c>.</summary>
public sealed record CreateRoundRequest(string? Id, DateOnly? Date, string? ScopeCode, IReadOnlyList<string>? Panel, DateOnly? Deadline, DateTimeOffset? At);

/// <summary>Adds a candidate mentor.</summary>
public sealed record MentorCandidateRequest(string? MentorId);

/// <summary>Adds a candidate mentee.</summary>
public sealed record MenteeCandidateRequest(string? UmkmId);

/// <summary>A mentor picks a mentee.</summary>
public sealed record PickRequest(string? MentorId, string? UmkmId);

/// <summary>The panel approves or rejects a pick.</summary>
public sealed record DecisionRequest(string? UmkmId, string? PanelMember, bool Approve, string? Reason);
