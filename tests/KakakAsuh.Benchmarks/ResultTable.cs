using System.Text;

namespace KakakAsuh.Benchmarks;

/// <summary>The one table a run prints (Markdown), with the notes that say how each number was made.</summary>
public sealed class ResultTable
{
    private readonly List<(string Id, string Measure, string Result, string Target, string Met, string Cpu)> rows = [];
    private readonly List<string> notes = [];

    public void Add(string id, string measure, string result, string target = "", string met = "", string cpu = "") =>
        rows.Add((id, measure, result, target, met, cpu));

    public void Note(string note) => notes.Add(note);

    /// <summary>"yes", or "no" with how far off the target is.</summary>
    public static string Met(bool met, string shortfall) => met ? "yes" : $"**no** ({shortfall})";

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| # | measure | result | target | met | CPU cores used while measured |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.AppendLine($"| {row.Id} | {row.Measure} | {row.Result} | {Dash(row.Target)} | {Dash(row.Met)} | {Dash(row.Cpu)} |");
        }
        text.AppendLine();
        foreach (var note in notes)
        {
            text.AppendLine($"- {note}");
        }
        return text.ToString();
    }

    private static string Dash(string value) => value.Length == 0 ? "–" : value;
}
