using KakakAsuh.Domain.Common;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>
/// The purpose a caller states for processing personal data in full (header <c>X-Access-Purpose</c>), e.g.
/// "verifikasi NIB di OSS atas permintaan pemilik". Without it, everything is masked.
/// </summary>
public static class AccessPurpose
{
    public const string Header = "X-Access-Purpose";

    public const int MinLength = 10;

    /// <summary>The stated purpose (null when none was stated), or why it is not acceptable.</summary>
    public static (string? Purpose, string? Problem) Of(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return (null, null);
        }
        var purpose = values.ToString().Trim();
        return purpose.Length < MinLength || purpose.Length > Validation.MaxTextLength || purpose.Any(char.IsControl)
            ? (null, $"State the purpose in {Header} in {MinLength} to {Validation.MaxTextLength} characters, without control characters.")
            : (purpose, null);
    }
}
