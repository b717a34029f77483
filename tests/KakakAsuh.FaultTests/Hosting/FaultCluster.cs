using System.Diagnostics;
using System.Net.Http.Headers;
using Azure.Data.Tables;

namespace KakakAsuh.FaultTests.Hosting;

/// <summary>
/// Azurite (on disk), three silo processes and the client API process on loopback, with a cluster id of their
/// own; logs go to a folder per test. Every process is started by this class and stopped by its own id.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    public const int SiloCount = 3;

    /// <summary>How often a check reads again: the processes run on their own clocks, and a second keeps reads light beside the load.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private FaultCluster(string name, TimeSpan firstReminderTick)
    {
        Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kakak-asuh-faults", $"{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}"[..(name.Length + 15)])).FullName;
        ClusterId = $"faults-{Guid.NewGuid():N}"[..20];
        Azurite = new Azurite(Folder, dataFolder: Path.Combine(Folder, "azurite"));
        var common = ClusterSettings.For(Azurite.ConnectionString, ClusterId);
        var silo = new Dictionary<string, string>(common)
        {
            // Round deadlines and nudges tick every 5 s instead of hourly; the first tick comes after the fault.
            ["Reminders__MinimumReminderPeriod"] = "00:00:05",
            ["Nudges__ReminderPeriod"] = "00:00:05",
            ["Nudges__FirstCheckAfter"] = firstReminderTick.ToString("c"),
            // Only the reconciliation that follows a silo's death runs within a test, not the one after start.
            ["Summaries__ReconcileAfterStart"] = "1.00:00:00",
        };
        Silos = [.. Enumerable.Range(1, SiloCount).Select(i => new SiloProcess($"silo{i}", Folder, silo))];
        Api = new ApiProcess("api", common, Folder);
        Http = new HttpClient { BaseAddress = Api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("staff", "fault-tester", expires: DateTime.UtcNow.AddHours(3)));
    }

    /// <summary>Where the processes' logs (and Azurite's data) are.</summary>
    public string Folder { get; }

    public string ClusterId { get; }

    public Azurite Azurite { get; }

    public IReadOnlyList<SiloProcess> Silos { get; }

    public ApiProcess Api { get; }

    /// <summary>A Sudin staff client of the API.</summary>
    public HttpClient Http { get; }

    /// <param name="firstReminderTick">When a newly registered reminder first ticks (<c>Nudges:FirstCheckAfter</c>).</param>
    public static async Task<FaultCluster> StartAsync(string name, TimeSpan firstReminderTick)
    {
        var cluster = new FaultCluster(name, firstReminderTick);
        try
        {
            await cluster.StartAllAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>Starts Azurite, the silos and the API (again, after <see cref="StopAllAsync"/>); returns when the API is ready.</summary>
    public async Task<TimeSpan> StartAllAsync()
    {
        var clock = Stopwatch.StartNew();
        await Azurite.StartAsync();
        foreach (var silo in Silos)
        {
            silo.Start();
        }
        await WaitForActiveSilosAsync(SiloCount, TimeSpan.FromSeconds(120));
        Api.Start();
        await Api.WaitReadyAsync(Http, TimeSpan.FromSeconds(90));
        return clock.Elapsed;
    }

    /// <summary>Stops everything gracefully: the API, then the silos (together), then Azurite.</summary>
    public async Task StopAllAsync()
    {
        await Api.StopAsync();
        await Task.WhenAll(Silos.Select(s => s.StopAsync()));
        await Azurite.StopAsync();
    }

    /// <summary>Until the membership table lists <paramref name="count"/> active silos of this cluster.</summary>
    public async Task WaitForActiveSilosAsync(int count, TimeSpan limit)
    {
        var table = new TableClient(Azurite.ConnectionString, "OrleansSiloInstances");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Silos.FirstOrDefault(s => s.Process is { HasExited: true }) is { } dead && count == SiloCount)
            {
                throw new InvalidOperationException($"{dead.Name} exited at start; see its log in {Folder}.");
            }
            try
            {
                var active = 0;
                await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == ClusterId))
                {
                    active += row.GetString("Status") == "Active" ? 1 : 0;
                }
                if (active == count)
                {
                    return;
                }
            }
            catch (Azure.RequestFailedException)
            {
                // The table does not exist until the first silo creates it.
            }
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"{count} silos were not active within {limit.TotalSeconds:N0} s; see {Folder}.");
            }
            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Api.DisposeAsync();
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
        await Azurite.DisposeAsync();
        // The logs stay for a look after a failure; the storage data goes.
        try
        {
            Directory.Delete(Path.Combine(Folder, "azurite"), recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
