namespace KakakAsuh.FaultTests.Checks;

/// <summary>The line each scenario prints: what was sent and acknowledged, what storage holds, what was lost, how long recovery took.</summary>
public sealed record FaultReport(string Scenario, int Sent, int Acknowledged, int FoundInStorage, int Lost, string Recovery, IReadOnlyDictionary<string, int> FailedAttempts)
{
    /// <summary>This run's report lines, beside the test binaries; <c>.ci/run</c> prints them.</summary>
    public static string File { get; } = Path.Combine(AppContext.BaseDirectory, "fault-report.txt");

    private static readonly Lock Writing = new();
    private static bool started;

    public override string ToString() =>
        $"{Scenario}: sent {Sent}, acknowledged {Acknowledged}, found in storage {FoundInStorage}, lost {Lost}; {Recovery}; failed attempts (retried): "
        + (FailedAttempts.Count == 0 ? "none" : string.Join(", ", FailedAttempts.OrderBy(f => f.Key).Select(f => $"{f.Key} x{f.Value}")));

    /// <summary>Writes the line to the test's output and to <see cref="File"/> (started afresh by each run).</summary>
    public void Publish(ITestOutputHelper output)
    {
        output.WriteLine(ToString());
        lock (Writing)
        {
            if (!started)
            {
                System.IO.File.WriteAllText(File, "");
                started = true;
            }
            System.IO.File.AppendAllText(File, ToString() + Environment.NewLine);
        }
    }
}
