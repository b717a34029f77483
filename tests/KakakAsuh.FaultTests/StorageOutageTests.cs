using KakakAsuh.FaultTests.Checks;
using KakakAsuh.FaultTests.Hosting;
using KakakAsuh.FaultTests.Load;

namespace KakakAsuh.FaultTests;

/// <summary>Issue 6, scenario 2: table storage stops for 10 s under load.</summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StorageDownFor10Seconds_CommandsFailFastWith503_NoAcknowledgedWriteIsLost_AndServiceResumes()
    {
        await using var cluster = await FaultCluster.StartAsync("storage-outage", firstReminderTick: TimeSpan.FromMinutes(1));
        output.WriteLine($"processes' logs: {cluster.Folder}");
        var storage = new StoredState(cluster.Azurite.ConnectionString, cluster.ClusterId);
        var load = new CommandLoad(cluster.Http);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(clients: 6, stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var downAt = DateTimeOffset.UtcNow;
        await cluster.Azurite.StopAsync();
        var outage = TimeSpan.FromSeconds(10);
        if (DateTimeOffset.UtcNow - downAt < outage)
        {
            await Task.Delay(outage - (DateTimeOffset.UtcNow - downAt));
        }
        await cluster.Azurite.StartAsync();
        var backAt = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(15));
        stop.Cancel();
        await running;

        var lastFailure = load.FailedAttempts.Append(backAt).Max() - backAt;
        var missing = StoredState.Missing(load.Acknowledged, await storage.UmkmAsync());
        var (summariesExact, difference) = await SummaryCheck.WaitExactAsync(cluster.Http, storage, TimeSpan.FromSeconds(30));

        var report = new FaultReport("storage outage", load.Sent, load.Acknowledged.Count, load.Acknowledged.Count - missing.Count, missing.Count,
            $"storage unreachable {(backAt - downAt).TotalSeconds:N1} s (stopped 10 s, then Azurite's start), last failed request sent {lastFailure.TotalSeconds:N1} s after it was back, slowest attempt {load.SlowestAttempt.TotalSeconds:N1} s",
            load.Failures);
        report.Publish(output);

        Assert.Empty(missing);
        Assert.True(load.Failures.GetValueOrDefault("503") > 0, "no command met the outage");
        Assert.False(load.Failures.ContainsKey("500"), "a storage outage answered 500");
        Assert.Equal(0, load.ServiceUnavailableWithoutRetryAfter);
        Assert.True(load.SlowestAttempt < TimeSpan.FromSeconds(10), $"an attempt hung for {load.SlowestAttempt.TotalSeconds:N1} s");
        Assert.True(lastFailure < TimeSpan.FromSeconds(15), $"requests sent {lastFailure.TotalSeconds:N1} s after storage was back still failed");
        Assert.Contains(load.Acknowledged, a => a.At > backAt + TimeSpan.FromSeconds(10));
        Assert.True(summariesExact is not null, $"summaries not exact after the outage: {difference}");
    }
}
