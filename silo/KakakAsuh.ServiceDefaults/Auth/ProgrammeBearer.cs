using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KakakAsuh.ServiceDefaults.Auth;

/// <summary>
/// Bearer tokens as the silo and the client API accept them (configuration <c>Authentication:Schemes:Bearer</c>):
/// from the identity provider at <c>Authority</c>, whose signing keys come from its JWKS (asymmetric; fetched again
/// when a token names an unknown key), or, in Development, from <c>dotnet user-jwts</c> too. The provider's claim
/// names stay as they are (no inbound mapping) and <see cref="ProgrammeClaims"/> makes them the programme's.
/// </summary>
public static class ProgrammeBearer
{
    public const string Section = "Authentication:Schemes:Bearer";

    /// <summary>The provider people sign in with; the bearer scheme's authority when it names none of its own.</summary>
    public const string OidcAuthorityKey = "Authentication:OpenIdConnect:Authority";

    /// <summary>The audience the provider puts in the API's access tokens (default <see cref="DefaultAudience"/>).</summary>
    public const string OidcAudienceKey = "Authentication:OpenIdConnect:Audience";

    public const string DefaultAudience = "kakak-asuh-api";

    public static AuthenticationBuilder AddProgrammeBearer(this AuthenticationBuilder authentication)
    {
        authentication.AddJwtBearer();
        authentication.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration, IHostEnvironment>((o, config, env) =>
            {
                o.MapInboundClaims = false;
                if (string.IsNullOrWhiteSpace(o.Authority) && config[OidcAuthorityKey] is { Length: > 0 } authority)
                {
                    o.Authority = authority;
                    // The provider's access tokens name the API by its audience; added in code, beside any configured
                    // audiences (dotnet user-jwts rewrites those in appsettings.Development.json).
                    var audience = config[OidcAudienceKey] is { Length: > 0 } configured ? configured : DefaultAudience;
                    o.TokenValidationParameters.ValidAudiences = [.. o.TokenValidationParameters.ValidAudiences ?? [], audience];
                }
                // The development provider runs on loopback over http; everywhere else the metadata must come over https.
                o.RequireHttpsMetadata = !env.IsDevelopment() && config.GetValue($"{Section}:RequireHttpsMetadata", true);
            });
        authentication.Services.AddOptions<ProgrammeClaimOptions>().BindConfiguration(ProgrammeClaimOptions.Section);
        authentication.Services.AddTransient<IClaimsTransformation, ProgrammeClaims>();
        return authentication;
    }

    /// <summary>Whether tokens can be checked at all: an authority to fetch keys from, or configured signing keys.</summary>
    public static bool HasTokenSource(IConfiguration config) =>
        !string.IsNullOrWhiteSpace(config[$"{Section}:Authority"]) || !string.IsNullOrWhiteSpace(config[OidcAuthorityKey])
        || config.GetSection($"{Section}:SigningKeys").GetChildren().Any(k => !string.IsNullOrWhiteSpace(k["Value"]));
}
