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

/// <summary>The tracks a UMKM needs help with (pemetaan).</summary>
public sealed record MapNeedsRequest(IReadOnlyList<string>? Tracks);

/// <summary>Completes a step; <see cref="Value"/> is what it yields (an NIB, an SH number, a trademark number).</summary>
public sealed record CompleteStepRequest(string? Value, DateTimeOffset? At);

/// <summary>A command that needs a reason (return, skip, withdraw), optionally recorded after the fact.</summary>
public sealed record ReasonRequest(string? Reason, DateTimeOffset? At);

/// <summary>A command with an optional date it happened on, for recording after the fact.</summary>
public sealed record WhenRequest(DateTimeOffset? At);

/// <summary>Moves a mentee to another mentor.</summary>
public sealed record ReassignRequest(string? MentorId, string? Reason);
