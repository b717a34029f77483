using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>
/// Registers a UMKM binaan. Without an <see cref="Id"/> the API assigns a reference code; a blank optional field counts
/// as absent. The annotations describe <see cref="UmkmRegistrationRules"/> in the OpenAPI document (see <see cref="ApiDocument"/>).
/// </summary>
public sealed record RegisterUmkmRequest(
    [property: StringLength(Validation.MaxNameLength, MinimumLength = 1), Example("Keripik Tempe Bu Sari")]
    string? BusinessName,
    [property: StringLength(Validation.MaxNameLength, MinimumLength = 1), Description("The owner's name (personal data)."), Example("Sari Wulandari")]
    string? OwnerName,
    [property: RegularExpression(Validation.KbliPattern), Description("The 5-digit KBLI business activity code."), Example(Validation.KbliExample)]
    string? Kbli,
    [property: StringLength(UmkmRegistrationRules.MaxSectorLength, MinimumLength = 1), Example("Makanan ringan")]
    string? Sector,
    [property: Description("One of West Jakarta's 56 kelurahan codes."), Example(UmkmRegistrationRules.KelurahanExample)]
    string? KelurahanCode,
    [property: RegularExpression(Validation.ReferenceCodePattern), Description("The UMKM's reference code; assigned when absent.")]
    string? Id = null,
    [property: RegularExpression(Validation.NikPattern), Description("The owner's 16-digit NIK (personal data), with an existing province, a real birth date and a serial above 0000.")]
    string? Nik = null,
    [property: RegularExpression(Validation.PhonePattern), MaxLength(Validation.MaxPhoneLength), Description("The owner's Indonesian mobile number (personal data); spaces and dashes in it are ignored."), Example("081234567890")]
    string? Phone = null,
    [property: RegularExpression(Validation.NibPattern), Description("The 13-digit Nomor Induk Berusaha, when it has one.")]
    string? Nib = null,
    [property: Description("Whether it takes QRIS payments already.")]
    bool Qris = false,
    [property: RegularExpression(UmkmRegistrationRules.HalalCertificatePattern), StringLength(UmkmRegistrationRules.MaxHoldingNumberLength, MinimumLength = 3),
        Description("The final halal certificate (SH) number; an interim KH does not count.")]
    string? HalalCertificateNumber = null,
    [property: StringLength(UmkmRegistrationRules.MaxHoldingNumberLength, MinimumLength = 1), Description("The trademark application number at DJKI, once filed.")]
    string? TrademarkApplication = null,
    [property: StringLength(UmkmRegistrationRules.MaxHoldingNumberLength, MinimumLength = 1), Description("The trademark registration number, once registered.")]
    string? TrademarkRegistration = null)
{
    public UmkmRegistration ToRegistration() => new()
    {
        Profile = new UmkmProfile
        {
            BusinessName = BusinessName?.Trim() ?? "",
            OwnerName = OwnerName?.Trim() ?? "",
            Nik = Blank(Nik),
            Phone = Blank(Phone),
            Kbli = Kbli?.Trim() ?? "",
            Sector = Sector?.Trim() ?? "",
            KelurahanCode = KelurahanCode?.Trim() ?? "",
        },
        Holdings = new Holdings
        {
            Nib = Blank(Nib),
            Qris = Qris,
            HalalCertificateNumber = Blank(HalalCertificateNumber),
            TrademarkApplication = Blank(TrademarkApplication),
            TrademarkRegistration = Blank(TrademarkRegistration),
        },
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
