using System.Net;
using Azure.Data.Tables;
using KakakAsuh.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

var builder = Host.CreateApplicationBuilder(args);
var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>() ?? new SiloSettings();
var storage = builder.Configuration.GetConnectionString("Storage")
    ?? throw new InvalidOperationException("Set ConnectionStrings:Storage (e.g. ConnectionStrings__Storage) to the Azure Table storage connection string.");

builder.UseOrleans(silo =>
{
    silo.Configure<ClusterOptions>(o =>
    {
        o.ClusterId = settings.ClusterId;
        o.ServiceId = settings.ServiceId;
    });
    silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedIp), settings.SiloPort, settings.GatewayPort, settings.ListenOnAnyAddress);
    silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
    silo.AddProgrammeGrains(storage);
});

await builder.Build().RunAsync();
