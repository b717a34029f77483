using KakakAsuh.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// The silo's own host (<see cref="SiloHost"/>: Orleans, Kestrel on a free loopback port, health, metrics and the
/// dashboard) in the test process, configured only through the settings a deployment sets, on Azurite.
/// </summary>
public sealed class SiloProcessHost : IAsyncLifetime
{
    private WebApplication? app;

    public string ServiceId { get; } = Keys.New("silohost");

    public HttpClient Http { get; } = new();

    public IGrainFactory Grains => app!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--environment=Testing",
            $"--ConnectionStrings:Storage={await Azurite.ConnectionStringAsync()}",
            $"--Orleans:ClusterId={ServiceId}",
            $"--Orleans:ServiceId={ServiceId}",
            $"--Orleans:SiloPort={FreePort.Next()}",
            $"--Orleans:GatewayPort={FreePort.Next()}",
            // 0: Kestrel picks a free port, read back below, as a script starting silos side by side would.
            "--Orleans:HttpPort=0",
            "--Orleans:AdvertisedIp=127.0.0.1",
            .. Tokens.Settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        app = SiloHost.Build(args, b => b.Logging.ClearProviders());
        await app.StartAsync();
        Http.BaseAddress = new Uri(app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
