using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KakakAsuh.DevIdentity;

/// <summary>The claims a demo account's tokens carry, in the access token and the identity token alike.</summary>
public static class AccountPrincipal
{
    public const string WilayahClaim = "wilayah";
    public const string MentorIdClaim = "mentor_id";
    public const string PdpAccessClaim = "pdp_access";

    public static ClaimsPrincipal For(DemoAccount account, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.UserName)
            .SetClaim(Claims.Name, account.Name)
            .SetClaim(Claims.PreferredUsername, account.UserName)
            .SetClaim(Claims.Role, account.Role)
            .SetClaim(WilayahClaim, account.Wilayah)
            .SetClaim(MentorIdClaim, account.MentorId)
            .SetClaim(PdpAccessClaim, account.PdpAccess ? "true" : null);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
