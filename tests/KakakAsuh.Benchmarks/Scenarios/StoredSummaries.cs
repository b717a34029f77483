using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>How big the kelurahan summaries' stored state is, read straight from the table Orleans wrote it to.</summary>
public static class StoredSummaries
{
    /// <summary>Stored summary rows that hold UMKM (kelurahan), their JSON size and how many sources each holds.</summary>
    public static async Task<IReadOnlyList<(int Bytes, int Sources)>> KelurahanAsync(TableServiceClient tables, string serviceId)
    {
        var rows = new List<(int, int)>();
        await foreach (var entity in StoredState.Rows(tables, serviceId, "areasummary", "summary"))
        {
            var json = StoredState.Json(entity);
            if (json.Length == 0)
            {
                continue;
            }
            using var state = JsonDocument.Parse(json);
            var sources = state.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("Sources") || p.NameEquals("sources")).Value;
            var count = sources.ValueKind == JsonValueKind.Object ? sources.EnumerateObject().Count() : 0;
            // Kelurahan hold UMKM; a kecamatan holds at most 14 kelurahan and the city 8 kecamatan.
            if (count > 14)
            {
                rows.Add((Encoding.UTF8.GetByteCount(json), count));
            }
        }
        return rows;
    }
}
