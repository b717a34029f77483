namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Opens a curation round. Without an <see cref="Id"/> it is <c>{scope}-{date}</c>.</summary>
public sealed record CreateRoundRequest(string? Id, DateOnly? Date, string? ScopeCode, IReadOnlyList<string>? Panel, DateOnly? Deadline, DateTimeOffset? At);
