namespace KakakAsuh.FaultTests.Checks;

/// <summary>The line each scenario prints: what was sent and acknowledged, what storage holds, what was lost, how long recovery took.</summary>
public sealed record FaultReport(string Scenario, int Sent, int Acknowledged, int FoundInStorage, int Lost, string Recovery, IReadOnlyDictionary<string, int> FailedAttempts)
{
    public override string ToString() =>
        $"{Scenario}: sent {Sent}, acknowledged {Acknowledged}, found in storage {FoundInStorage}, lost {Lost}; {Recovery}; failed attempts (retried): "
        + (FailedAttempts.Count == 0 ? "none" : string.Join(", ", FailedAttempts.OrderBy(f => f.Key).Select(f => $"{f.Key} x{f.Value}")));
}
