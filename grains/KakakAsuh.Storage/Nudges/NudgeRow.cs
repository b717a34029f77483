using Azure;
using Azure.Data.Tables;
using KakakAsuh.Nudges;

namespace KakakAsuh.Storage.Nudges;

/// <summary>
/// One nudge as a row of the nudge table: partition <c>{serviceId}_{kecamatan}</c>, row key the nudge id (escaped
/// for table keys), one column per field. <see cref="Acknowledged"/> exists so that queries can filter on it.
/// </summary>
public sealed class NudgeRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Rung { get; set; } = "";
    public string UmkmId { get; set; } = "";
    public string BusinessName { get; set; } = "";
    public string KelurahanCode { get; set; } = "";
    public string KecamatanCode { get; set; } = "";
    public string? MentorId { get; set; }
    public string Track { get; set; } = "";
    public string Step { get; set; } = "";
    /// <summary>yyyy-MM-dd (tables have no date-only type).</summary>
    public string DueOn { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Reason { get; set; } = "";
    public bool Acknowledged { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? RoundId { get; set; }

    /// <summary>
    /// Nudge ids are made of reference codes, track and step keys and the rung, none of which holds a character
    /// table keys forbid (<c>/ \ # ?</c>, control characters); escaping keeps any other id safe all the same.
    /// </summary>
    public static string RowKeyOf(string nudgeId) => Uri.EscapeDataString(nudgeId);

    public static NudgeRow From(string partitionKey, Nudge nudge) => new()
    {
        PartitionKey = partitionKey,
        RowKey = RowKeyOf(nudge.Id),
        Rung = nudge.Rung.ToString(),
        UmkmId = nudge.UmkmId,
        BusinessName = nudge.BusinessName,
        KelurahanCode = nudge.KelurahanCode,
        KecamatanCode = nudge.KecamatanCode,
        MentorId = nudge.MentorId,
        Track = nudge.Track,
        Step = nudge.Step,
        DueOn = nudge.DueOn.ToString("yyyy-MM-dd"),
        At = nudge.At,
        Reason = nudge.Reason,
        Acknowledged = nudge.AcknowledgedAt is not null,
        AcknowledgedBy = nudge.AcknowledgedBy,
        AcknowledgedAt = nudge.AcknowledgedAt,
        RoundId = nudge.RoundId,
    };

    public string NudgeId => Uri.UnescapeDataString(RowKey);

    public Nudge ToNudge() => new()
    {
        Id = NudgeId,
        Rung = Enum.Parse<NudgeRung>(Rung),
        UmkmId = UmkmId,
        BusinessName = BusinessName,
        KelurahanCode = KelurahanCode,
        KecamatanCode = KecamatanCode,
        MentorId = MentorId,
        Track = Track,
        Step = Step,
        DueOn = DateOnly.ParseExact(DueOn, "yyyy-MM-dd"),
        At = At,
        Reason = Reason,
        AcknowledgedBy = AcknowledgedBy,
        AcknowledgedAt = AcknowledgedAt,
        RoundId = RoundId,
    };
}
