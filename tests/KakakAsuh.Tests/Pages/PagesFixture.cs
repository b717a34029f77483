using System.Net;
using System.Net.Http.Headers;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// The client API on a real Kestrel port (a browser cannot reach a TestServer), as a client of a real silo on
/// Azurite, with a small programme in it (<see cref="PagesData"/>), configured as the run command configures it
/// (Development, people sign in at the development identity provider), and Debian's Chromium to look at its pages.
/// </summary>
public sealed class PagesFixture : IAsyncLifetime
{
    private IHost? silo;
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    /// <summary>The identity provider the pages sign in at, with the demo accounts.</summary>
    public IdentityProvider Identity { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(TestClusters.ProgrammeStart);

    public IGrainFactory Grains => silo!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The API's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public PagesData Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (playwright, Browser) = await Chromium.LaunchAsync();
        var clusterId = Keys.New("pages");
        silo = await TestSilo.StartAsync(clusterId, Time);
        var storage = await Azurite.ConnectionStringAsync();
        // The provider must know the API's address (its redirect URI) before either starts.
        var port = FreePort.Next();
        Identity = await IdentityProvider.StartAsync($"http://127.0.0.1:{port}");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => ApiHost.Configure(web, clusterId, storage, Time, Identity));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assert.Equal(Identity.ApiUrl, BaseUrl);
        Data = await PagesData.CreateAsync(Grains, Time);
        await Eventually.MatchesAsync(() => Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync(), s => s[CountKeys.Umkm] == Data.UmkmTotal);
    }

    /// <summary>An HTTP client of the API on its real port, with the given bearer token.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (Identity is not null)
        {
            await Identity.DisposeAsync();
        }
        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesFixture>
{
    public const string Name = "Pages in Chromium against the API on Kestrel";
}
