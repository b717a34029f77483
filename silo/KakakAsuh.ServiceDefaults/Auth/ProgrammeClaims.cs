using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KakakAsuh.ServiceDefaults.Auth;

/// <summary>
/// The one place a token's or session's claims become the programme's: a name, the subject, roles, <c>wilayah</c>, <c>mentor_id</c>
/// and <c>pdp_access</c>, read from the claims <see cref="ProgrammeClaimOptions"/> names. The principal that comes
/// out holds only these, so nothing downstream depends on a provider's own claim names.
/// </summary>
public sealed class ProgrammeClaims(IOptionsMonitor<ProgrammeClaimOptions> options) : IClaimsTransformation
{
    public const string AuthenticationType = "kakak-asuh";
    public const string Wilayah = "wilayah";
    public const string MentorId = "mentor_id";
    public const string PdpAccess = "pdp_access";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.Identities.Any(i => i.AuthenticationType == AuthenticationType))
        {
            return Task.FromResult(principal);
        }
        var o = options.CurrentValue;
        var source = principal.Identities.Where(i => i.IsAuthenticated).SelectMany(i => i.Claims).ToList();
        string? First(string type) => source.FirstOrDefault(c => c.Type == type && c.Value.Length > 0)?.Value;
        var claims = new List<Claim>();
        if (o.Name.Select(First).FirstOrDefault(v => v is not null) is { } name)
        {
            claims.Add(new Claim(ClaimTypes.Name, name));
        }
        // The stable subject: idempotency records and rate limits are per person, not per display name.
        if ((First("sub") ?? First(ClaimTypes.NameIdentifier)) is { } subject)
        {
            claims.Add(new Claim(ClaimTypes.NameIdentifier, subject));
        }
        foreach (var role in source.Where(c => c.Type == o.Role).Select(c => c.Value).Distinct())
        {
            claims.Add(new Claim(ClaimTypes.Role, o.RoleValues.GetValueOrDefault(role, role)));
        }
        if (First(o.Wilayah) is { } wilayah)
        {
            claims.Add(new Claim(Wilayah, wilayah));
        }
        if (First(o.MentorId) is { } mentorId)
        {
            claims.Add(new Claim(MentorId, mentorId));
        }
        if (string.Equals(First(o.PdpAccess), "true", StringComparison.OrdinalIgnoreCase))
        {
            claims.Add(new Claim(PdpAccess, "true"));
        }
        return Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role)));
    }
}
