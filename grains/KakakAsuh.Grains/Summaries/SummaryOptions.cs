namespace KakakAsuh.Grains.Summaries;

/// <summary>How area summaries batch their work (configuration section <c>Summaries</c>).</summary>
public sealed class SummaryOptions
{
    public const string Section = "Summaries";

    /// <summary>How often an area pushes changed totals to its parent; two levels bound a change's way to the city.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often an area writes changed state; what a crash loses in between, reconciliation restores.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a changed area records today's figures in its daily history.</summary>
    public TimeSpan HistoryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When the first reconciliation runs after the silo starts.</summary>
    public TimeSpan ReconcileAfterStart { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long after another silo is declared dead the oldest survivor reconciles.</summary>
    public TimeSpan ReconcileAfterSiloLoss { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often reconciliation runs after that.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromHours(6);
}
