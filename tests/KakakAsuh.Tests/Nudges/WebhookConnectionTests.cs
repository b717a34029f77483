using KakakAsuh.Grains.Nudges;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Tests.Nudges;

/// <summary>
/// The delivery client's own connect step, with the default policy, against a real listener on loopback: whatever
/// registration decided, a connection to an address the rule refuses is never made.
/// </summary>
public sealed class WebhookConnectionTests
{
    [Theory]
    [InlineData("http://localhost:{0}/hook")]
    [InlineData("https://localhost:{0}/hook")]
    [InlineData("http://127.0.0.1:{0}/hook")]
    [InlineData("https://127.0.0.1:{0}/hook")]
    public async Task TheDefaultPolicy_RefusesToConnectToLoopback_AndTheListenerSeesNothing(string url)
    {
        await using var listener = await LoopbackReceiver.StartAsync(_ => Results.Ok());
        using var client = new HttpClient(new WebhookTargetGuard(Options.Create(new WebhookOptions())).CreateHandler());

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.PostAsync(string.Format(url, listener.Url().Port), new StringContent("{}")));

        Assert.Equal("refused address", WebhookDeliveryGrain.FailureKind(refused));
        Assert.Empty(listener.Paths);
    }

    [Fact]
    public async Task AllowingLoopbackTargets_ReachesALocalReceiver_ButFollowsNoRedirect()
    {
        await using var elsewhere = await LoopbackReceiver.StartAsync(_ => Results.Ok());
        await using var listener = await LoopbackReceiver.StartAsync(_ => Results.Redirect(elsewhere.Url("/x").ToString(), preserveMethod: true));
        using var client = new HttpClient(new WebhookTargetGuard(Options.Create(new WebhookOptions { AllowLoopbackTargets = true })).CreateHandler());

        using var response = await client.PostAsync(listener.Url("/hook"), new StringContent("{}"));

        Assert.Equal(307, (int)response.StatusCode);
        Assert.Equal(["/hook"], listener.Paths);
        Assert.Empty(elsewhere.Paths);
    }
}
