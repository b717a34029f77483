using KakakAsuh.Common;
using KakakAsuh.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Rules;

/// <summary>Validation of a UMKM's profile and holdings, shared by registration and (later) correction.</summary>
public static class UmkmRegistrationRules
{
    public static Refusal? Validate(UmkmRegistration registration, WilayahCatalog wilayah)
    {
        var p = registration.Profile;
        var h = registration.Holdings;
        var v = new Validation()
            .Require("businessName", p.BusinessName, "The business name")
            .Require("ownerName", p.OwnerName, "The owner's name")
            .Check("kbli", Validation.IsDigits(p.Kbli, 5), "The KBLI code is 5 digits (e.g. 10792).")
            .Require("sector", p.Sector, "The sector", 100)
            .Check("kelurahanCode", wilayah.IsKelurahan(p.KelurahanCode),
                $"'{p.KelurahanCode}' is not one of West Jakarta's 56 kelurahan codes (e.g. 31.73.04.1001).");
        if (p.Nik is not null)
        {
            v.Check("nik", Validation.IsPlausibleNik(p.Nik), "The NIK is 16 digits with a valid region, birth day and month.");
        }
        if (p.Phone is not null)
        {
            v.Check("phone", Validation.IsIndonesianPhone(p.Phone), "The phone number is an Indonesian mobile number (08..., 628... or +628...).");
        }
        if (h.Nib is not null)
        {
            v.Check("nib", Validation.IsDigits(h.Nib, 13), "The NIB is 13 digits.");
        }
        if (h.HalalCertificateNumber is not null)
        {
            v.Check("halalCertificateNumber", IsHalalCertificateNumber(h.HalalCertificateNumber),
                "A halal certificate (SH) number starts with 'ID' and is at most 40 characters; an interim KH does not count.");
        }
        v.Check("trademarkApplication", h.TrademarkApplication is null || h.TrademarkApplication.Length is > 0 and <= 40,
            "The trademark application number is 1 to 40 characters.");
        v.Check("trademarkRegistration", h.TrademarkRegistration is null || h.TrademarkRegistration.Length is > 0 and <= 40,
            "The trademark registration number is 1 to 40 characters.");
        return v.IsValid ? null : v.ToRefusal("invalid-registration", "The UMKM's registration is not valid");
    }

    public static bool IsHalalCertificateNumber(string value) =>
        value.StartsWith("ID", StringComparison.Ordinal) && value.Length is > 2 and <= 40;
}
