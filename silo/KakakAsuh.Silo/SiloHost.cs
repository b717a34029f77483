using System.Net;
using Azure.Data.Tables;
using KakakAsuh.ServiceDefaults;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace KakakAsuh.Silo;

/// <summary>
/// The silo process: an Orleans silo and, on <c>Orleans:HttpPort</c>, an HTTP server for health, <c>/metrics</c>
/// and the operator's dashboard. Program runs it; tests start the same host with their own settings.
/// </summary>
public static class SiloHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>() ?? new SiloSettings();
        var storage = builder.Configuration.GetConnectionString("Storage")
            ?? throw new InvalidOperationException("Set ConnectionStrings:Storage (e.g. ConnectionStrings__Storage) to the Azure Table storage connection string.");
        // No advertised address (in a container): the address this host's name resolves to, listening on all.
        var advertised = string.IsNullOrWhiteSpace(settings.AdvertisedIp) ? null : IPAddress.Parse(settings.AdvertisedIp);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (settings.ListenOnAnyAddress || advertised is null)
            {
                kestrel.ListenAnyIP(settings.HttpPort);
            }
            else
            {
                kestrel.Listen(advertised, settings.HttpPort);
            }
        });
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            if (advertised is null)
            {
                silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, settings.ListenOnAnyAddress);
            }
            if (settings.RunsInKubernetes)
            {
                silo.UseKubernetesHosting();
            }
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
            silo.AddProgrammeGrains(storage);
            silo.AddDashboard();
        });
        builder.Services.AddSingleton(new TableServiceClient(storage));
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck<SiloStatusHealthCheck>("silo", tags: [ServiceDefaultsExtensions.ReadyTag]);
        builder.AddOperatorDashboard();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapServiceDefaults();
        app.MapOperatorDashboard();
        return app;
    }
}
