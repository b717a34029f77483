using Azure.Data.Tables;
using KakakAsuh.Domain.ReferenceData;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace KakakAsuh.ClientApi.Hosting;

/// <summary>Connects the API to the silo cluster as an Orleans client, through the same Azure tables the silos use.</summary>
public static class ClusterClientSetup
{
    public static WebApplicationBuilder AddProgrammeCluster(this WebApplicationBuilder builder)
    {
        builder.UseOrleansClient(client =>
        {
            client.Services.AddOptions<ClusterOptions>().BindConfiguration("Orleans");
            client.UseAzureStorageClustering((OptionsBuilder<Orleans.Clustering.AzureStorage.AzureStorageGatewayOptions> options) =>
                options.Configure<IConfiguration>((o, config) => o.TableServiceClient = new TableServiceClient(StorageConnectionString(config))));
            // The silo may still be starting: keep trying rather than failing the API's start.
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        builder.Services.AddSingleton(_ => new TableServiceClient(StorageConnectionString(builder.Configuration)));
        builder.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
        builder.Services.AddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        return builder;
    }

    public static string StorageConnectionString(IConfiguration config) =>
        config.GetConnectionString("Storage")
        ?? throw new InvalidOperationException("Set ConnectionStrings:Storage (env ConnectionStrings__Storage) to the Azure Table storage connection string.");
}
