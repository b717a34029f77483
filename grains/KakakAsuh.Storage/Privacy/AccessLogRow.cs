using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using KakakAsuh.Privacy;

namespace KakakAsuh.Storage.Privacy;

/// <summary>
/// One access-log entry as a row: partition <c>{serviceId}_{yyyy-MM-dd}</c> (the Jakarta day), row key the time in
/// ticks then a unique tail, so a day's rows read oldest first and two entries of the same instant both stay.
/// </summary>
public sealed class AccessLogRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string UmkmId { get; set; } = "";
    /// <summary>The fields as a JSON array.</summary>
    public string Fields { get; set; } = "[]";
    public string Action { get; set; } = "";
    public string Purpose { get; set; } = "";

    public static AccessLogRow From(string partitionKey, AccessLogEntry entry) => new()
    {
        PartitionKey = partitionKey,
        RowKey = $"{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}_{Guid.NewGuid():N}",
        At = entry.At,
        Actor = entry.Actor,
        UmkmId = entry.UmkmId,
        Fields = JsonSerializer.Serialize(entry.Fields),
        Action = entry.Action,
        Purpose = entry.Purpose,
    };

    public AccessLogEntry ToEntry() => new()
    {
        At = At,
        Actor = Actor,
        UmkmId = UmkmId,
        Fields = JsonSerializer.Deserialize<List<string>>(Fields) ?? [],
        Action = Action,
        Purpose = Purpose,
    };
}
