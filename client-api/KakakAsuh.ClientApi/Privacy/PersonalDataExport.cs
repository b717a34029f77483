using KakakAsuh.Common;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>Everything held about a UMKM's owner and business, for a data subject's access request (machine-readable JSON).</summary>
public sealed record PersonalDataExport(
    string UmkmId,
    DateTimeOffset ExportedAt,
    string Controller,
    OwnerData Owner,
    UmkmProfile Business,
    Holdings Holdings,
    string Status,
    string? MentorId,
    DateTimeOffset? PersonalDataErasedAt,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<FormerOwnerData> FormerOwnerData)
{
    public static PersonalDataExport From(UmkmState state, DateTimeOffset now) => new(
        state.Id,
        now,
        "Suku Dinas PPKUKM Kota Administrasi Jakarta Barat",
        new OwnerData(state.Profile.OwnerName, state.Profile.Nik, state.Profile.Phone),
        state.Profile with { OwnerName = "", Nik = null, Phone = null },
        state.Holdings,
        state.Status.ToString(),
        state.MentorId,
        state.PersonalDataErasedAt,
        state.History.Entries,
        state.FormerOwnerData);
}
