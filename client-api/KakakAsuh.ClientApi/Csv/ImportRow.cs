namespace KakakAsuh.ClientApi.Csv;

/// <summary>
/// One CSV row's outcome: registered, exists (already registered in the caller's area, unchanged), not-found (the id
/// is registered outside it) or refused, with the rules broken by field. <paramref name="Id"/> only for the first two.
/// </summary>
public sealed record ImportRow(int Line, string? Id, string Outcome, string? Reason, IReadOnlyDictionary<string, string[]>? Errors);
