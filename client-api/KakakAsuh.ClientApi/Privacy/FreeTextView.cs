using KakakAsuh.ClientApi.Auth;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>
/// How the free texts people wrote on a UMKM (history details and reasons, step notes, the withdrawal reason) reach a
/// caller: in full for those who may read its owner data (staff of its area, its own mentor), otherwise with names,
/// NIKs and phone numbers redacted (<see cref="PersonalDataRules.Redacted"/>). Redacted rather than withheld: a district
/// head still reads why a file was returned; what the patterns miss is what no pattern could tell from business text.
/// </summary>
public static class FreeTextView
{
    public static bool MayRead(Caller caller, UmkmState state, WilayahCatalog wilayah) =>
        (caller.IsStaff || caller.MentorId is not null)
        && AccessRules.ForUmkm(state, state.Id, caller.Scope, Permitted.StaffOrOwnMentor, wilayah) is null;

    public static UmkmState For(Caller caller, UmkmState state, WilayahCatalog wilayah) =>
        MayRead(caller, state, wilayah) ? state : PersonalDataRules.Redacted(state);

    /// <summary>Each state as <paramref name="caller"/> may see its free texts.</summary>
    public static IReadOnlyList<UmkmState> For(Caller caller, IEnumerable<UmkmState> states, WilayahCatalog wilayah) =>
        [.. states.Select(s => For(caller, s, wilayah))];
}
