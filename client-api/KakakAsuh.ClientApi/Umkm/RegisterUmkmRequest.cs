using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Registers a UMKM binaan. Without an <see cref="Id"/> the API assigns a reference code.</summary>
public sealed record RegisterUmkmRequest(
    string? Id,
    string? BusinessName,
    string? OwnerName,
    string? Nik,
    string? Phone,
    string? Kbli,
    string? Sector,
    string? KelurahanCode,
    string? Nib,
    bool Qris,
    string? HalalCertificateNumber,
    string? TrademarkApplication,
    string? TrademarkRegistration)
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
