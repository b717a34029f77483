using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KakakAsuh.Tests.Nudges;

/// <summary>
/// What a receiver's delivery queue sends, keeps and tells: no redirect is followed, a removed receiver's queue is
/// dropped (nothing left to retry or to erase), secrets are not stored in clear, and failures are logged without the
/// target's address. Receivers run on loopback, which this cluster allows (<see cref="ClusterFixture"/>).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WebhookQueueTests(ClusterFixture fixture)
{
    private const string Kelurahan = "31.73.02.1007";
    private IWebhookRegistryGrain Registry => fixture.Grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key);

    [Fact]
    public async Task AReceiverAnswering307_IsAFailedDelivery_AndTheRedirectTargetGetsNothing()
    {
        await using var elsewhere = await LoopbackReceiver.StartAsync(_ => Results.Ok());
        await using var redirecting = await LoopbackReceiver.StartAsync(_ => Results.Redirect(elsewhere.Url("/stolen").ToString(), permanent: false, preserveMethod: true));
        var hook = new WebhookReceiver(Keys.New("hook"), redirecting.Url("/hook"), "receiver-shared-secret", Kelurahan);
        await Registry.RegisterAsync(hook);
        try
        {
            var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id);
            await delivery.EnqueueAsync(hook, [Nudge(Keys.New("umkm"), "langkah terlambat")]);

            await Eventually.MatchesAsync(() => Task.FromResult(redirecting.Paths.Count), n => n >= 3);

            Assert.True(redirecting.Paths.Count >= 3, $"{redirecting.Paths.Count} attempts");
            Assert.Empty(elsewhere.Paths);
            Assert.Equal((1, 0), await delivery.StatusAsync());
        }
        finally
        {
            await Registry.RemoveAsync(hook.Id);
        }
    }

    [Fact]
    public async Task RemovingAReceiver_DropsItsStoredQueue_AndLaterNudgesAreNotQueued()
    {
        var phone = $"0823{Random.Shared.Next(10_000_000, 99_999_999)}";
        var umkm = Keys.New("umkm");
        var hook = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{FreePort.Next()}/hook"), "receiver-shared-secret", Kelurahan);
        await Registry.RegisterAsync(hook);
        var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id);
        await delivery.EnqueueAsync(hook, [Nudge(umkm, $"hubungi pemilik di {phone}")]);
        Assert.Contains(await StoredTextsAsync(), t => t.Contains(phone, StringComparison.Ordinal));

        Assert.True(await Registry.RemoveAsync(hook.Id));
        await delivery.EnqueueAsync(hook, [Nudge(Keys.New("umkm"), $"hubungi pemilik di {phone}")]);

        Assert.Equal(0, (await delivery.StatusAsync()).Pending);
        Assert.DoesNotContain(await StoredTextsAsync(), t => t.Contains(phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASecret_IsNotStoredInClear_InTheRegistryOrTheQueue()
    {
        var secret = $"secret-{Guid.NewGuid():N}";
        var hook = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{FreePort.Next()}/hook"), secret, Kelurahan);
        await Registry.RegisterAsync(hook);
        try
        {
            await fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id).EnqueueAsync(hook, [Nudge(Keys.New("umkm"), "langkah terlambat")]);

            Assert.Contains(await StoredTextsAsync(), t => t.Contains(hook.Id, StringComparison.Ordinal));
            Assert.DoesNotContain(await StoredTextsAsync(), t => t.Contains(secret, StringComparison.Ordinal));
        }
        finally
        {
            await Registry.RemoveAsync(hook.Id);
        }
    }

    [Fact]
    public async Task AFailedDelivery_IsLoggedWithoutTheTargetsAddress()
    {
        var port = FreePort.Next();
        var hook = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{port}/hook"), "receiver-shared-secret", Kelurahan);
        await Registry.RegisterAsync(hook);
        try
        {
            await fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id).EnqueueAsync(hook, [Nudge(Keys.New("umkm"), "langkah terlambat")]);

            var failures = await Eventually.MatchesAsync(() => Task.FromResult(LogSink.Instance.Lines.Where(l => l.Contains(hook.Id, StringComparison.Ordinal)).ToList()), l => l.Count >= 2);

            Assert.NotEmpty(failures);
            Assert.DoesNotContain(LogSink.Instance.Lines, l => l.Contains($":{port}", StringComparison.Ordinal));
        }
        finally
        {
            await Registry.RemoveAsync(hook.Id);
        }
    }

    [Fact]
    public async Task AFailure_IsStoredAndShownAsItsKind_NeverWithTheTarget()
    {
        await using var failing = await LoopbackReceiver.StartAsync(_ => Results.Text("internal detail at 10.1.2.3", statusCode: 503));
        var refusedPort = FreePort.Next();
        var answering = new WebhookReceiver(Keys.New("hook"), failing.Url("/hook"), "receiver-shared-secret", Kelurahan);
        var unreachable = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{refusedPort}/hook"), "receiver-shared-secret", Kelurahan);
        foreach (var hook in new[] { answering, unreachable })
        {
            await Registry.RegisterAsync(hook);
            await fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id).EnqueueAsync(hook, [Nudge(Keys.New("umkm"), "langkah terlambat")]);
        }
        try
        {
            var http = await Eventually.MatchesAsync(fixture.Grains.GetGrain<IWebhookDeliveryGrain>(answering.Id).DescribeAsync, s => s.LastError is not null);
            var connect = await Eventually.MatchesAsync(fixture.Grains.GetGrain<IWebhookDeliveryGrain>(unreachable.Id).DescribeAsync, s => s.LastError is not null);

            Assert.Equal("http 503", http.LastError);
            Assert.Equal("connection failed", connect.LastError);
            // The stored queue holds the receiver's URL (what the admin registered) but neither the answer nor an error naming the target.
            Assert.DoesNotContain(await StoredTextsAsync(), t => t.Contains("10.1.2.3", StringComparison.Ordinal) || t.Contains($"127.0.0.1:{refusedPort})", StringComparison.Ordinal));
        }
        finally
        {
            await Registry.RemoveAsync(answering.Id);
            await Registry.RemoveAsync(unreachable.Id);
        }
    }

    [Fact]
    public async Task AQueueWhoseReceiverIsNoLongerRegistered_DropsItselfAtItsNextReminder()
    {
        var hook = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{FreePort.Next()}/hook"), "receiver-shared-secret", Kelurahan);
        var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id);
        await delivery.EnqueueAsync(hook, [Nudge(Keys.New("umkm"), "langkah terlambat")]);
        Assert.Equal(1, (await delivery.StatusAsync()).Pending);

        await delivery.AsReference<IRemindable>().ReceiveReminder("webhook-delivery", new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));

        Assert.Equal(0, (await delivery.StatusAsync()).Pending);
    }

    private static Nudge Nudge(string umkm, string reason) =>
        new() { Id = $"31.73.02~{umkm}~qris~merchant-registration~Mentor", UmkmId = umkm, KelurahanCode = Kelurahan, KecamatanCode = "31.73.02", Reason = reason };

    private async Task<IReadOnlyList<string>> StoredTextsAsync()
    {
        var table = new GrainStateTable(await Azurite.ConnectionStringAsync(), fixture.Cluster.Options.ServiceId);
        return [.. (await table.EntitiesAsync()).Select(e => string.Concat(e.Select(p => p.Value).OfType<string>()))];
    }
}
