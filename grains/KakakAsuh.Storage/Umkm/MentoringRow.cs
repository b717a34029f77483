using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using KakakAsuh.Umkm;

namespace KakakAsuh.Storage.Umkm;

/// <summary>
/// One UMKM in mentoring as the overdue lists and the worklist read it: partition <c>{serviceId}_{kecamatan}</c>, row
/// key the UMKM id (escaped for table keys). <see cref="FirstDue"/> is the earliest due date of an open step
/// (<c>yyyy-MM-dd</c>, which orders as text), so a query can ask for the UMKM with a step due before a day; the plan
/// itself travels as JSON, so the list applies the one overdue rule to exactly what the grain holds. No owner data.
/// </summary>
public sealed class MentoringRow : ITableEntity
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string BusinessName { get; set; } = "";
    public string KelurahanCode { get; set; } = "";
    public string? MentorId { get; set; }
    /// <summary>yyyy-MM-dd, or "9999-12-31" when no open step has a due date.</summary>
    public string FirstDue { get; set; } = "";
    public string Plan { get; set; } = "[]";
    public long Version { get; set; }

    public const string NoDueDate = "9999-12-31";

    public static string RowKeyOf(string umkmId) => Uri.EscapeDataString(umkmId);

    public static string DayOf(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static MentoringRow From(string partitionKey, UmkmState state) => new()
    {
        PartitionKey = partitionKey,
        RowKey = RowKeyOf(state.Id),
        BusinessName = state.Profile.BusinessName,
        KelurahanCode = state.Profile.KelurahanCode,
        MentorId = state.MentorId,
        FirstDue = state.Plan.SelectMany(t => t.Steps).Where(s => !s.IsClosed && s.DueOn is not null)
            .Select(s => s.DueOn!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min() is var first && first == DateOnly.MaxValue ? NoDueDate : DayOf(first),
        Plan = JsonSerializer.Serialize(state.Plan, Json),
        Version = state.Version,
    };

    /// <summary>
    /// The UMKM as far as the lists need it: id, business name, kelurahan, mentor, plan, status in mentoring; no owner
    /// data, no history.
    /// </summary>
    public UmkmState ToState() => new()
    {
        Id = Uri.UnescapeDataString(RowKey),
        Status = ProgrammeStatus.Mentoring,
        Profile = new UmkmProfile { BusinessName = BusinessName, KelurahanCode = KelurahanCode },
        MentorId = MentorId,
        Plan = JsonSerializer.Deserialize<List<TrackPlan>>(Plan, Json) ?? [],
        Version = Version,
    };
}
