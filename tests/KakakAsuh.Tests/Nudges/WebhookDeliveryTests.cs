using System.Collections.Concurrent;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Tests.Nudges;

/// <summary>A real HTTP receiver on loopback that fails three times and then takes the nudge.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WebhookDeliveryTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string Secret = "receiver-shared-secret";
    private const string Kelurahan = "31.73.02.1007";
    private readonly ConcurrentQueue<(string NudgeId, int Status, bool SignatureValid)> attempts = new();
    private WebApplication receiver = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            var valid = long.TryParse(request.Headers[WebhookDeliveryGrain.TimestampHeader], out var timestamp)
                && request.Headers[WebhookDeliveryGrain.SignatureHeader] == WebhookDeliveryGrain.Sign(Secret, timestamp, body.ToArray());
            var id = request.Headers[WebhookDeliveryGrain.NudgeIdHeader].ToString();
            var status = attempts.Count(a => a.NudgeId == id) < 3 ? 500 : 200;
            attempts.Enqueue((id, status, valid));
            return Results.StatusCode(status);
        });
        await receiver.StartAsync();
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task ReceiverThatFailsThreeTimesThenSucceeds_GetsEachNudgeExactlyOnce()
    {
        var driver = new ProgrammeDriver(fixture.Grains);
        var hook = new WebhookReceiver(Keys.New("hook"), new Uri(receiver.Urls.First() + "/hook"), Secret, Kelurahan);
        await fixture.Grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).RegisterAsync(hook);
        try
        {
            var (umkm, _) = await driver.MentoringAsync(Samples.Registration(kelurahan: Kelurahan), "qris");
            fixture.Time.Advance(TimeSpan.FromDays(30));
            await driver.TickAsync(umkm);
            await driver.TickAsync(umkm);
            var sent = (await fixture.Grains.GetGrain<INudgeOutboxGrain>("31.73.02").QueryAsync(new NudgeQuery { AreaCode = Kelurahan, Take = 1000 }))
                .Items.Where(n => n.UmkmId == umkm).Select(n => n.Id).ToHashSet();
            Assert.NotEmpty(sent);

            var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(hook.Id);
            var status = await Eventually.MatchesAsync(delivery.StatusAsync, s => s.Pending == 0 && s.Delivered == sent.Count);
            Assert.Equal((0, sent.Count), status);

            var log = attempts.ToList();
            Assert.All(log, a => Assert.True(a.SignatureValid));
            foreach (var id in sent)
            {
                Assert.Equal([500, 500, 500, 200], log.Where(a => a.NudgeId == id).Select(a => a.Status));
            }
        }
        finally
        {
            await fixture.Grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).RemoveAsync(hook.Id);
        }
    }

    [Fact]
    public async Task ReceiverThatStaysDown_QueuesAtMostMaxPending_AndTheQueueStaysStorable()
    {
        var dead = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{FreePort.Next()}/hook"), Secret, Kelurahan);
        var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(dead.Id);
        var reason = new string('x', 400);
        Nudge[] Batch(int from, int count) =>
            [.. Enumerable.Range(from, count).Select(i => new Nudge { Id = $"31.73.02~u{i}~qris~merchant-registration~Mentor", UmkmId = $"u{i}", Reason = reason })];

        await delivery.EnqueueAsync(dead, Batch(0, WebhookDeliveryGrain.MaxPending - 10));
        await delivery.EnqueueAsync(dead, Batch(WebhookDeliveryGrain.MaxPending - 10, 300));

        Assert.Equal(WebhookDeliveryGrain.MaxPending, (await delivery.StatusAsync()).Pending);
    }
}
