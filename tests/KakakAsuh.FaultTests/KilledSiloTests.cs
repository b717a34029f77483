using KakakAsuh.FaultTests.Checks;
using KakakAsuh.FaultTests.Hosting;
using KakakAsuh.FaultTests.Load;

namespace KakakAsuh.FaultTests;

/// <summary>Issue 6, scenario 1: kill -9 of one of three silos under a steady load of workflow commands.</summary>
public sealed class KilledSiloTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillOfASilo_UnderLoad_LosesNoAcknowledgedCommand_AndTheSurvivorsTakeOver()
    {
        await using var cluster = await FaultCluster.StartAsync("killed-silo", firstReminderTick: TimeSpan.FromSeconds(20));
        output.WriteLine($"processes' logs: {cluster.Folder}");
        var storage = new StoredState(cluster.Azurite.ConnectionString, cluster.ClusterId);
        // Rounds due today: their reminders first tick 20 s after opening, after the kill, so the dead silo's share fires on survivors.
        var rounds = await DeadlineRounds.OpenAsync(cluster.Http, 12);
        var load = new CommandLoad(cluster.Http);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(clients: 6, stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var killedAt = DateTimeOffset.UtcNow;
        await cluster.Silos[1].KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(25));
        stop.Cancel();
        await running;

        var lastFailure = load.FailedAttempts.Where(t => t >= killedAt).DefaultIfEmpty(killedAt).Max() - killedAt;
        var missing = StoredState.Missing(load.Acknowledged, await storage.UmkmAsync());
        var (summariesExact, difference) = await SummaryCheck.WaitExactAsync(cluster.Http, storage, TimeSpan.FromSeconds(60));
        var summariesExactAfter = DateTimeOffset.UtcNow - killedAt;
        var closed = await Eventually.MatchesAsync(() => DeadlineRounds.ClosedByReminderAsync(storage, rounds), c => c.Values.All(at => at is not null), TimeSpan.FromSeconds(60), FaultCluster.Poll);
        var remindersFiredAfter = closed.Values.Max() - killedAt;

        var report = new FaultReport("killed silo", load.Sent, load.Acknowledged.Count, load.Acknowledged.Count - missing.Count, missing.Count,
            $"last failed request sent {lastFailure.TotalSeconds:N1} s after the kill (slowest answer {load.SlowestAttempt.TotalSeconds:N1} s), summaries exact {summariesExactAfter.TotalSeconds:N1} s after it, "
            + $"{closed.Values.Count(at => at > killedAt)}/{rounds.Count} deadline reminders fired on the survivors by {remindersFiredAfter?.TotalSeconds:N1} s",
            load.Failures);
        report.Publish(output);

        Assert.Empty(missing);
        Assert.Contains(load.Acknowledged, a => a.At > killedAt + TimeSpan.FromSeconds(15));
        Assert.True(lastFailure < TimeSpan.FromSeconds(25), $"requests sent {lastFailure.TotalSeconds:N1} s after the kill still failed");
        Assert.True(summariesExact is not null, $"summaries not exact 60 s after the load: {difference}");
        Assert.All(closed, c => Assert.True(c.Value > killedAt, $"round {c.Key}: its deadline reminder did not close it after the kill"));
    }
}
