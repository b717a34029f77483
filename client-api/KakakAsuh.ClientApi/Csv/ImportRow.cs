namespace KakakAsuh.ClientApi.Csv;

/// <summary>One CSV row's outcome: registered, exists (already registered, unchanged) or refused, with why.</summary>
public sealed record ImportRow(int Line, string? Id, string Outcome, string? Reason, IReadOnlyDictionary<string, string[]>? Errors);
