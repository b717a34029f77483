namespace KakakAsuh.ClientApi.Csv;

/// <summary>What an import did, row by row.</summary>
public sealed record ImportReport(int Registered, int NotRegistered, IReadOnlyList<ImportRow> Rows);
