namespace KakakAsuh.Common;

/// <summary>
/// A grain's audit history, bounded so that grain state stays far below Azure Table's 983,040-byte
/// entity limit: the newest <see cref="MaxEntries"/> entries are kept, and <see cref="Total"/> counts all.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.History")]
public sealed record History
{
    public const int MaxEntries = 400;

    public static readonly History Empty = new();

    [Id(0)] public IReadOnlyList<HistoryEntry> Entries { get; init; } = [];

    /// <summary>How many entries were ever appended, including those no longer kept.</summary>
    [Id(1)] public long Total { get; init; }

    public History Append(HistoryEntry entry)
    {
        var kept = Entries.Count >= MaxEntries ? Entries.Skip(Entries.Count - MaxEntries + 1) : Entries;
        return new History { Entries = [.. kept, entry], Total = Total + 1 };
    }
}
