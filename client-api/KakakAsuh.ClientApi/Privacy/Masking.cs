using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>How owner data looks to someone who may not see it in full.</summary>
public static class Masking
{
    /// <summary>
    /// <c>3173014501850001</c> → <c>************0001</c>: the last four digits, enough for an officer to tell it is the
    /// NIK on the owner's KTP; never the region (the first six digits name a kecamatan: an address) nor the birth date.
    /// </summary>
    public static string? Nik(string? nik) => nik is null ? null : nik.Length == 16 ? $"{new string('*', 12)}{nik[^4..]}" : Stars(nik);

    /// <summary><c>081234567890</c> → <c>0812*****890</c>.</summary>
    public static string? Phone(string? phone) => phone is null ? null : phone.Length >= 9 ? $"{phone[..4]}{new string('*', phone.Length - 7)}{phone[^3..]}" : Stars(phone);

    /// <summary><c>Sari Wulandari</c> → <c>S*** W********</c>.</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + new string('*', w.Length - 1)));

    /// <summary>
    /// The profile with NIK and phone masked, and the owner's name too unless <paramref name="showName"/>; without the
    /// owner data corrections replaced.
    /// </summary>
    public static UmkmState Mask(UmkmState state, bool showName) => state.PersonalDataErasedAt is not null ? state : state with
    {
        FormerOwnerData = [],
        Profile = state.Profile with
        {
            OwnerName = showName ? state.Profile.OwnerName : Name(state.Profile.OwnerName),
            Nik = Nik(state.Profile.Nik),
            Phone = Phone(state.Profile.Phone),
        },
    };

    private static string Stars(string value) => new('*', value.Length);
}
