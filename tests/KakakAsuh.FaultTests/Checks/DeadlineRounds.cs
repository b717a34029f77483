using System.Net.Http.Json;
using System.Text.Json;

namespace KakakAsuh.FaultTests.Checks;

/// <summary>
/// Curation rounds whose deadline is today: each holds a durable Orleans reminder whose tick closes the round
/// (actor <c>system:round-deadline</c>). They are the reminders the scenarios expect to fire after a fault.
/// </summary>
public static class DeadlineRounds
{
    private const string ReminderActor = "system:round-deadline";

    /// <summary>Opens <paramref name="count"/> rounds across the kecamatan, each due today (Jakarta), and returns their ids.</summary>
    public static async Task<List<string>> OpenAsync(HttpClient http, int count)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var ids = Enumerable.Range(0, count).Select(i => $"R{i}-{Guid.NewGuid():N}"[..16]).ToList();
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            using var response = await http.PostAsJsonAsync("/api/rounds", new
            {
                id,
                date = "2024-10-24",
                scopeCode = $"31.73.0{i % 8 + 1}",
                panel = new[] { "Dr. Ratna" },
                deadline = today.ToString("yyyy-MM-dd"),
            });
            Assert.True(response.IsSuccessStatusCode, $"opening round {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }));
        return ids;
    }

    /// <summary>When the reminder closed each round, from the stored state (null for a round not closed by its reminder).</summary>
    public static async Task<Dictionary<string, DateTimeOffset?>> ClosedByReminderAsync(StoredState storage, IEnumerable<string> ids)
    {
        var rounds = await storage.ReadAllAsync("curationround", "round");
        return ids.ToDictionary(id => id, id =>
        {
            if (!rounds.TryGetValue(id, out var round) || StoredState.Property(round, "Status").GetString() != "Closed")
            {
                return (DateTimeOffset?)null;
            }
            return StoredState.Property(StoredState.Property(round, "History"), "Entries").EnumerateArray()
                .Where(e => StoredState.Property(e, "Actor").GetString() == ReminderActor)
                .Select(e => (DateTimeOffset?)StoredState.Property(e, "At").GetDateTimeOffset())
                .FirstOrDefault();
        });
    }
}
