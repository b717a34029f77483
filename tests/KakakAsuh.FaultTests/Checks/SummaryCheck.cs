using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.FaultTests.Hosting;

namespace KakakAsuh.FaultTests.Checks;

/// <summary>
/// Compares the API's city and kecamatan summaries with a count of the UMKM stored in the table: total, with QRIS,
/// and by programme status. The counts come from the stored JSON, not from the programme's summary code.
/// </summary>
public static class SummaryCheck
{
    private static readonly string[] Kecamatan = ["31.73.01", "31.73.02", "31.73.03", "31.73.04", "31.73.05", "31.73.06", "31.73.07", "31.73.08"];

    /// <summary>Polls until every summary matches storage; returns how long that took, or null if it did not within <paramref name="limit"/>.</summary>
    public static async Task<(TimeSpan? Took, string LastDifference)> WaitExactAsync(HttpClient http, StoredState storage, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var difference = await Eventually.MatchesAsync(() => DifferenceAsync(http, storage), d => d.Length == 0, limit, FaultCluster.Poll);
        return difference.Length == 0 ? (clock.Elapsed, "") : (null, difference);
    }

    /// <summary>The first figure that differs, or "" when all agree.</summary>
    public static async Task<string> DifferenceAsync(HttpClient http, StoredState storage)
    {
        var stored = (await storage.UmkmAsync()).Values.ToList();
        foreach (var area in Kecamatan.Prepend("31.73"))
        {
            var inArea = stored.Where(s => StoredState.Property(StoredState.Property(s, "Profile"), "KelurahanCode").GetString()!.StartsWith(area, StringComparison.Ordinal)).ToList();
            var path = area == "31.73" ? "/api/city/summary" : $"/api/districts/{area}/summary";
            using var response = await http.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                return $"{path} answered {(int)response.StatusCode}";
            }
            var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
            var expected = new Dictionary<string, long>
            {
                ["umkmTotal"] = inArea.Count,
                ["withQris"] = inArea.Count(s => StoredState.Property(StoredState.Property(s, "Holdings"), "Qris").GetBoolean()),
                ["registered"] = inArea.Count(s => StoredState.Property(s, "Status").GetString() == "Registered"),
                ["mapped"] = inArea.Count(s => StoredState.Property(s, "Status").GetString() == "Mapped"),
            };
            var actual = new Dictionary<string, long>
            {
                ["umkmTotal"] = summary.GetProperty("umkmTotal").GetInt64(),
                ["withQris"] = summary.GetProperty("withQris").GetInt64(),
                ["registered"] = summary.GetProperty("byStatus").GetProperty("registered").GetInt64(),
                ["mapped"] = summary.GetProperty("byStatus").GetProperty("mapped").GetInt64(),
            };
            if (expected.FirstOrDefault(e => actual[e.Key] != e.Value) is { Key: { } key })
            {
                return $"{area} {key}: summary {actual[key]}, storage {expected[key]}";
            }
        }
        return "";
    }
}
