using KakakAsuh.ServiceDefaults;
using KakakAsuh.Storage;
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
        var storage = ProgrammeStorage.From(builder.Configuration);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (settings.ListenOnAnyAddress || settings.AdvertisedAddress is not { } advertised)
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
            silo.AddProgrammeSilo(settings, storage);
            silo.AddDashboard(OperatorDashboard.ConfigureDashboard);
        });
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
