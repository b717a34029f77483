using System.Text.Json;
using System.Text.Json.Nodes;
using KakakAsuh.FaultTests.Checks;
using KakakAsuh.FaultTests.Hosting;
using KakakAsuh.FaultTests.Load;

namespace KakakAsuh.FaultTests;

/// <summary>Issue 6, scenario 3: stop everything (API, silos, storage) and start it again.</summary>
public sealed class FullRestartTests(ITestOutputHelper output)
{
    private static readonly string[] Areas = ["31.73", "31.73.01", "31.73.02", "31.73.03", "31.73.04", "31.73.05", "31.73.06", "31.73.07", "31.73.08"];

    [Fact]
    public async Task FullRestart_GivesIdenticalStatesAndSummaries_AndEveryDueReminderFires()
    {
        await using var cluster = await FaultCluster.StartAsync("full-restart", firstReminderTick: TimeSpan.FromSeconds(30));
        output.WriteLine($"processes' logs: {cluster.Folder}");
        var storage = new StoredState(cluster.Azurite.ConnectionString, cluster.ClusterId);
        var load = new CommandLoad(cluster.Http);
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(8)))
        {
            await load.RunAsync(clients: 4, stop.Token);
        }
        var (exact, difference) = await SummaryCheck.WaitExactAsync(cluster.Http, storage, TimeSpan.FromSeconds(30));
        Assert.True(exact is not null, $"summaries not exact before the restart: {difference}");
        var umkm = load.Acknowledged.Select(a => a.UmkmId).Distinct().Order().ToList();
        var before = await ReadAsync(cluster.Http, umkm);
        // Due today; their reminders first tick 30 s from now, when the cluster has been down and up again.
        var rounds = await DeadlineRounds.OpenAsync(cluster.Http, 8);

        await cluster.StopAllAsync();
        var stoppedAt = DateTimeOffset.UtcNow;
        var restartTook = await cluster.StartAllAsync();

        var after = await ReadAsync(cluster.Http, umkm);
        var differing = before.Where(b => after[b.Key] != b.Value).Select(b => b.Key).ToList();
        var missing = StoredState.Missing(load.Acknowledged, await storage.UmkmAsync());
        var closed = await Eventually.MatchesAsync(() => DeadlineRounds.ClosedByReminderAsync(storage, rounds), c => c.Values.All(at => at is not null), TimeSpan.FromSeconds(60), FaultCluster.Poll);

        var report = new FaultReport("full restart", load.Sent, load.Acknowledged.Count, load.Acknowledged.Count - missing.Count, missing.Count,
            $"restart to a ready API took {restartTook.TotalSeconds:N1} s; {before.Count - differing.Count}/{before.Count} UMKM states and summaries identical; "
            + $"{closed.Values.Count(at => at > stoppedAt)}/{rounds.Count} deadline reminders fired after the restart, the last {(closed.Values.Max() - stoppedAt)?.TotalSeconds:N1} s after the stop",
            load.Failures);
        report.Publish(output);

        Assert.Empty(missing);
        Assert.Empty(differing);
        Assert.All(closed, c => Assert.True(c.Value > stoppedAt, $"round {c.Key}: its deadline reminder did not close it after the restart"));
    }

    /// <summary>Each UMKM as the API returns it, and each area's summary without its read time.</summary>
    private static async Task<Dictionary<string, string>> ReadAsync(HttpClient http, IEnumerable<string> umkm)
    {
        var read = new Dictionary<string, string>();
        foreach (var id in umkm)
        {
            read[id] = await http.GetStringAsync($"/api/umkm/{id}");
        }
        foreach (var area in Areas)
        {
            var summary = JsonNode.Parse(await http.GetStringAsync($"/api/areas/{area}/summary"))!.AsObject();
            summary.Remove("asOf");
            read[area] = summary.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        }
        return read;
    }
}
