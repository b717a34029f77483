using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KakakAsuh.FaultTests.Load;

/// <summary>
/// A steady stream of real workflow commands from several clients: each registers a UMKM and maps its needs,
/// over and over. Every command carries an Idempotency-Key; a failed attempt (5xx, a dropped connection, a
/// request still in progress) is retried with the same key as a real client would, honouring Retry-After,
/// for up to a minute. What was acknowledged, and every failed attempt, is recorded.
/// </summary>
public sealed class CommandLoad(HttpClient http)
{
    private static readonly string[] Kelurahan = ["31.73.01.1001", "31.73.02.1003", "31.73.03.1002", "31.73.04.1001", "31.73.05.1002", "31.73.06.1001", "31.73.07.1001", "31.73.08.1004"];
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(1);

    private readonly ConcurrentQueue<Acknowledged> acknowledged = new();
    private readonly ConcurrentQueue<DateTimeOffset> failedAttempts = new();
    private readonly ConcurrentDictionary<string, int> failures = new();
    private int sent;
    private int missingRetryAfter;
    private long slowestAttemptTicks;

    public IReadOnlyCollection<Acknowledged> Acknowledged => acknowledged;

    /// <summary>Commands sent (each counted once, however often it was retried).</summary>
    public int Sent => sent;

    /// <summary>Failed attempts by kind ("503", "500", "409 in progress", "connection", "gave up"), and final refusals ("refused: code").</summary>
    public IReadOnlyDictionary<string, int> Failures => failures;

    /// <summary>When each failed attempt was sent: after the last of these, every request succeeded.</summary>
    public IReadOnlyCollection<DateTimeOffset> FailedAttempts => failedAttempts;

    /// <summary>503 answers that lacked a Retry-After header.</summary>
    public int ServiceUnavailableWithoutRetryAfter => missingRetryAfter;

    /// <summary>The longest single HTTP attempt: a hang shows here.</summary>
    public TimeSpan SlowestAttempt => TimeSpan.FromTicks(Interlocked.Read(ref slowestAttemptTicks));

    /// <summary>Runs <paramref name="clients"/> clients until <paramref name="stop"/>; commands under way finish (or give up) first.</summary>
    public Task RunAsync(int clients, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c, stop))));

    private async Task ClientAsync(int client, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"F{client}-{n}-{Guid.NewGuid():N}"[..20];
            var registration = new
            {
                id,
                businessName = $"Usaha Uji {client}-{n}",
                ownerName = "Pemilik Uji",
                kbli = "10792",
                sector = "Makanan ringan",
                kelurahanCode = Kelurahan[(client + n) % Kelurahan.Length],
                qris = n % 2 == 0,
            };
            if (await SendAsync(id, "register", "/api/umkm", registration))
            {
                await SendAsync(id, "map-needs", $"/api/umkm/{id}/needs", new { tracks = new[] { "nib", "bazaar" } });
            }
        }
    }

    /// <summary>Sends one command until it is acknowledged, refused, or a minute has passed; true when acknowledged.</summary>
    private async Task<bool> SendAsync(string umkmId, string action, string path, object body)
    {
        Interlocked.Increment(ref sent);
        var key = Guid.NewGuid().ToString();
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < GiveUpAfter)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };
            var attempt = Stopwatch.StartNew();
            var sentAt = DateTimeOffset.UtcNow;
            var pause = TimeSpan.FromMilliseconds(500);
            try
            {
                using var response = await http.SendAsync(request);
                Slowest(attempt.Elapsed);
                if (response.IsSuccessStatusCode)
                {
                    acknowledged.Enqueue(new Acknowledged(umkmId, action, DateTimeOffset.UtcNow));
                    return true;
                }
                var kind = await KindAsync(response);
                if (kind.StartsWith("refused", StringComparison.Ordinal))
                {
                    // An answer, not a failure: e.g. a retried registration whose first attempt took effect unanswered.
                    failures.AddOrUpdate(kind, 1, (_, n) => n + 1);
                    return false;
                }
                Fail(kind, sentAt);
                if (response.Headers.RetryAfter?.Delta is { } retryAfter)
                {
                    pause = retryAfter;
                }
                else if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref missingRetryAfter);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Slowest(attempt.Elapsed);
                Fail("connection", sentAt);
            }
            await Task.Delay(pause);
        }
        Fail("gave up", DateTimeOffset.UtcNow);
        return false;
    }

    private static async Task<string> KindAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is 409 or 400 or 404 or 422)
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (problem.RootElement.TryGetProperty("code", out var code))
            {
                return $"refused: {code.GetString()}";
            }
            return status == 409 ? "409 in progress" : $"refused: {status}";
        }
        return status.ToString();
    }

    private void Fail(string kind, DateTimeOffset sentAt)
    {
        failures.AddOrUpdate(kind, 1, (_, n) => n + 1);
        failedAttempts.Enqueue(sentAt);
    }

    private void Slowest(TimeSpan elapsed)
    {
        long seen;
        while (elapsed.Ticks > (seen = Interlocked.Read(ref slowestAttemptTicks)) && Interlocked.CompareExchange(ref slowestAttemptTicks, elapsed.Ticks, seen) != seen)
        {
        }
    }
}
