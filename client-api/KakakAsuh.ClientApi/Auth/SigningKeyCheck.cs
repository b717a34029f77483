using KakakAsuh.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>
/// Refuses to start outside Development without configured token signing keys (or an <c>Authority</c> to fetch
/// them from), and with the development key of <c>dotnet user-jwts</c> (issuer <c>dotnet-user-jwts</c>), which
/// lives in a developer's user secrets and is only loaded in Development.
/// </summary>
public sealed class SigningKeyCheck
{
    public const string DevelopmentIssuer = "dotnet-user-jwts";
    private const string Section = ProgrammeBearer.Section;

    public bool HasKeys { get; set; }

    public bool UsesDevelopmentIssuer { get; set; }

    public static WebApplicationBuilder RequireSigningKeysOutsideDevelopment(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningKeyCheck>()
            .Configure<IConfiguration>((check, config) =>
            {
                var bearer = config.GetSection(Section);
                var keys = bearer.GetSection("SigningKeys").GetChildren().ToList();
                check.HasKeys = ProgrammeBearer.HasTokenSource(config);
                check.UsesDevelopmentIssuer = keys.Any(k => k["Issuer"] == DevelopmentIssuer) || bearer["ValidIssuer"] == DevelopmentIssuer;
            })
            .Validate<IHostEnvironment>((check, env) => env.IsDevelopment() || check.HasKeys,
                $"Outside Development the API needs its token signing keys: set {Section}:SigningKeys (e.g. env Authentication__Schemes__Bearer__SigningKeys__0__Value) or {Section}:Authority / {ProgrammeBearer.OidcAuthorityKey} (the identity provider).")
            .Validate<IHostEnvironment>((check, env) => env.IsDevelopment() || !check.UsesDevelopmentIssuer,
                $"The development signing key and issuer of dotnet user-jwts ('{DevelopmentIssuer}') work in Development only; configure the real issuer and keys.")
            .ValidateOnStart();
        return builder;
    }
}
