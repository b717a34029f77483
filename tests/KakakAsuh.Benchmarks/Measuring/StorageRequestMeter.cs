using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KakakAsuh.Benchmarks.Measuring;

/// <summary>
/// Counts the HTTP requests this process (the silo and the raw writers) sends to Azurite, by method, from .NET's own
/// <c>System.Net.Http</c> metrics: how many storage round trips a command really costs.
/// </summary>
public sealed class StorageRequestMeter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);
    private readonly int port;

    public StorageRequestMeter(int azuritePort)
    {
        port = azuritePort;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>(OnRequest);
        listener.Start();
    }

    public StorageRequests Snapshot() => new(counts.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));

    private void OnRequest(Instrument instrument, double duration, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? method = null;
        var toAzurite = false;
        foreach (var (key, value) in tags)
        {
            if (key == "server.port")
            {
                toAzurite = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == port;
            }
            else if (key == "http.request.method")
            {
                method = value as string;
            }
        }
        if (toAzurite)
        {
            counts.AddOrUpdate(method ?? "?", 1, (_, n) => n + 1);
        }
    }

    public void Dispose() => listener.Dispose();
}

/// <summary>Requests to Azurite so far, by HTTP method (GET reads; POST inserts; PUT replaces; PATCH/MERGE merges).</summary>
public sealed record StorageRequests(IReadOnlyDictionary<string, long> ByMethod)
{
    public long Total => ByMethod.Values.Sum();

    public static StorageRequests operator -(StorageRequests a, StorageRequests b) =>
        new(a.ByMethod.ToDictionary(m => m.Key, m => m.Value - b.ByMethod.GetValueOrDefault(m.Key), StringComparer.Ordinal));

    /// <summary>Per operation, e.g. "1.00 GET + 1.00 POST".</summary>
    public string Per(long operations) => operations <= 0 || Total == 0
        ? "none"
        : string.Join(" + ", ByMethod.Where(m => m.Value > 0).OrderByDescending(m => m.Value).Select(m => $"{(double)m.Value / operations:0.00} {m.Key}"));
}
