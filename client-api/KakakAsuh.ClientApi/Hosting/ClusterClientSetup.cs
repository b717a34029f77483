using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Storage;
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
            client.UseProgrammeClustering();
            // The silo may still be starting: keep trying rather than failing the API's start.
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        builder.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
        builder.Services.AddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        return builder;
    }
}
