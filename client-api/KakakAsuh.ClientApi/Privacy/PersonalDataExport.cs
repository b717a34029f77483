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
    IReadOnlyList<HistoryEntry> History)
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
        state.History.Entries);
}

/// <summary>The owner's personal data.</summary>
public sealed record OwnerData(string Name, string? Nik, string? Phone);

/// <summary>A correction of the owner's data: null leaves a field as it is, an empty NIK or phone removes it.</summary>
public sealed record PersonalDataCorrectionRequest(string? OwnerName, string? Nik, string? Phone);
