using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// The client API in process (<c>WebApplicationFactory</c>), as an Orleans client of a real silo whose
/// membership and grain state live in Azurite.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private IHost? silo;
    private WebApplicationFactory<Program>? factory;
    private WebApplicationFactory<Program>? development;
    private IdentityProvider? identity;

    public FakeTimeProvider Time { get; } = new(TestClusters.ProgrammeStart);

    /// <summary>The cluster's service id: the prefix of its rows in the state table.</summary>
    public string ServiceId { get; private set; } = "";

    /// <summary>The silo's own grain factory, to arrange state without going through HTTP.</summary>
    public IGrainFactory Grains => silo!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var serviceId = ServiceId = Keys.New("api");
        silo = await TestSilo.StartAsync(serviceId, Time);
        var storage = await Azurite.ConnectionStringAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => ApiHost.Configure(web, serviceId, storage, Time));
        _ = factory.Server;

        var driver = new ProgrammeDriver(Grains);
        (TamboraUmkm, TamboraMentor) = await driver.MentoringAsync("qris", "bazaar");
        ClosedRound = (await Grains.GetGrain<IUmkmGrain>(TamboraUmkm).GetAsync())!.RoundId!;
    }

    /// <summary>A UMKM of Tambora (31.73.04.1001) in mentoring.</summary>
    public string TamboraUmkm { get; private set; } = "";

    /// <summary>Its mentor, of Tambora.</summary>
    public string TamboraMentor { get; private set; } = "";

    /// <summary>The city-wide round that matched them, closed.</summary>
    public string ClosedRound { get; private set; } = "";

    /// <summary>The same API with some settings changed (its own host, on the same silo).</summary>
    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        factory!.WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    /// <summary>
    /// The same API configured as the run command configures it: environment Development, people signing in at the
    /// development identity provider (started here, in this process, on first use).
    /// </summary>
    public async Task<WebApplicationFactory<Program>> AsTheRunCommandStartsItAsync()
    {
        if (development is null)
        {
            identity = await IdentityProvider.StartAsync("http://localhost");
            development = factory!.WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Development");
                foreach (var (key, value) in identity.ApiSettings)
                {
                    web.UseSetting(key, value);
                }
                // The real clock, as the run command has it: timers of this host must not run through the weeks the
                // shared fake programme clock is advanced by other tests.
                web.ConfigureTestServices(services => services.AddSingleton(TimeProvider.System));
            });
        }
        return development;
    }

    /// <summary>The API's services (its endpoints, its options).</summary>
    public IServiceProvider ApiServices => factory!.Services;

    /// <summary>An HTTP client with the given bearer token (none for anonymous).</summary>
    public HttpClient Client(string? token = null)
    {
        var client = factory!.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        if (development is not null)
        {
            await development.DisposeAsync();
        }
        if (identity is not null)
        {
            await identity.DisposeAsync();
        }
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (silo is not null)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Client API on a cluster on Azurite";
}
