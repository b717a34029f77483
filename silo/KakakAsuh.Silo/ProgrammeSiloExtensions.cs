using System.Text.Json.Serialization;
using Azure.Data.Tables;
using KakakAsuh.Grains;
using KakakAsuh.ReferenceData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace KakakAsuh.Silo;

/// <summary>The programme's grains, their Azure Table storage and reference data: the same in the silo host and in tests.</summary>
public static class ProgrammeSiloExtensions
{
    public static ISiloBuilder AddProgrammeGrains(this ISiloBuilder silo, string storageConnectionString)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        silo.AddAzureTableGrainStorage(StorageNames.Programme, o =>
        {
            o.TableServiceClient = new TableServiceClient(storageConnectionString);
            o.TableName = "ProgrammeState";
            // Readable JSON in the table, so an operator (or an independent reader) can inspect a grain's state.
            o.UseStringFormat = true;
        });
        silo.Services.AddOptions<ReferenceDataOptions>().BindConfiguration(ReferenceDataOptions.Section);
        silo.Services.AddOptions<SummaryOptions>().BindConfiguration(SummaryOptions.Section);
        silo.Services.TryAddSingleton(sp => ProgrammeReferenceData.Load(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }
}
