using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>
/// Validation of a UMKM's profile and holdings, shared by registration and correction, and by the grain and the
/// client API (which checks a request before it reaches a grain), so both refuse the same input the same way.
/// </summary>
public static class UmkmRegistrationRules
{
    public const int MaxSectorLength = 100;

    /// <summary>The longest certificate or trademark number.</summary>
    public const int MaxHoldingNumberLength = 40;

    /// <summary>What a final halal certificate (SH) number starts with; an interim KH does not.</summary>
    public const string HalalCertificatePrefix = "ID";

    public const string HalalCertificatePattern = "^" + HalalCertificatePrefix;

    public const string KelurahanExample = "31.73.04.1001";

    /// <summary>The registration's field errors, each naming the field and its rule, never the value (see <see cref="CheckPersonalData"/>).</summary>
    public static Refusal? Validate(UmkmRegistration registration, WilayahCatalog wilayah)
    {
        var p = registration.Profile;
        var h = registration.Holdings;
        var v = new Validation()
            .Require("businessName", p.BusinessName, "The business name")
            .Check("kbli", Validation.IsKbli(p.Kbli), $"The KBLI code is 5 digits (e.g. {Validation.KbliExample}).")
            .Require("sector", p.Sector, "The sector", MaxSectorLength)
            .Check("kelurahanCode", wilayah.IsKelurahan(p.KelurahanCode),
                $"The kelurahan code is one of West Jakarta's 56 kelurahan codes (e.g. {KelurahanExample}).");
        CheckPersonalData(v, p.OwnerName, p.Nik, p.Phone);
        if (h.Nib is not null)
        {
            v.Check("nib", Validation.IsNib(h.Nib), "The NIB is 13 digits.");
        }
        if (h.HalalCertificateNumber is not null)
        {
            v.Check("halalCertificateNumber", IsHalalCertificateNumber(h.HalalCertificateNumber),
                $"A halal certificate (SH) number starts with '{HalalCertificatePrefix}' and is at most {MaxHoldingNumberLength} characters; an interim KH does not count.");
        }
        v.Check("trademarkApplication", h.TrademarkApplication is null || h.TrademarkApplication.Length is > 0 and <= MaxHoldingNumberLength,
            $"The trademark application number is 1 to {MaxHoldingNumberLength} characters.");
        v.Check("trademarkRegistration", h.TrademarkRegistration is null || h.TrademarkRegistration.Length is > 0 and <= MaxHoldingNumberLength,
            $"The trademark registration number is 1 to {MaxHoldingNumberLength} characters.");
        return v.IsValid ? null : v.ToRefusal("invalid-registration", "The UMKM's registration is not valid");
    }

    /// <summary>
    /// The owner's personal data: a name, and optionally a plausible NIK and an Indonesian phone number. The
    /// messages never repeat the values (they are personal data and refusals may be logged).
    /// </summary>
    public static Validation CheckPersonalData(Validation v, string ownerName, string? nik, string? phone)
    {
        v.Require("ownerName", ownerName, "The owner's name");
        if (nik is not null)
        {
            v.Check("nik", Validation.IsPlausibleNik(nik), "The NIK is 16 digits with a valid region, birth date and serial.");
        }
        if (phone is not null)
        {
            v.Check("phone", Validation.IsIndonesianPhone(phone), "The phone number is an Indonesian mobile number (08..., 628... or +628...).");
        }
        return v;
    }

    public static bool IsHalalCertificateNumber(string value) =>
        value.StartsWith(HalalCertificatePrefix, StringComparison.Ordinal) && value.Length > HalalCertificatePrefix.Length && value.Length <= MaxHoldingNumberLength;
}
