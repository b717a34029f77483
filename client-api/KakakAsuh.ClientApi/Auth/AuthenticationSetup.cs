using KakakAsuh.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>
/// How callers prove who they are. People sign in through the identity provider with OpenID Connect (authorization
/// code + PKCE, configuration <c>Authentication:OpenIdConnect</c>) and the pages then use an HTTP-only session cookie:
/// the tokens never reach page JavaScript. Machine clients send the provider's bearer tokens. A request with an
/// <c>Authorization</c> header is judged by its token, any other by its session.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The scheme every endpoint uses: it forwards to the bearer token or to the session.</summary>
    public const string Scheme = "programme";
    public const string SessionScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string OidcSection = "Authentication:OpenIdConnect";
    public const string SessionCookie = "kakakasuh-session";

    /// <summary>Whether people can sign in (a provider is configured); without one only bearer tokens work.</summary>
    public static bool SignInConfigured(IConfiguration config) => !string.IsNullOrWhiteSpace(config[$"{OidcSection}:Authority"]);

    public static WebApplicationBuilder AddProgrammeAuthentication(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var authentication = builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or session", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : SessionScheme)
            .AddProgrammeBearer()
            .AddCookie(SessionScheme, o =>
            {
                // The development provider listens on the same host (another port): its cookies have names of their own.
                o.Cookie.Name = SessionCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers 401 and 403 (as ProblemDetails); only /masuk sends a person to the provider.
                o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            });
        // Sessions, sign-in cookies and tokens expire by the real clock, whatever clock the programme reads its days from.
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
        builder.Services.PostConfigureAll<JwtBearerOptions>(o => o.TimeProvider = TimeProvider.System);
        builder.Services.PostConfigureAll<OpenIdConnectOptions>(o => o.TimeProvider = TimeProvider.System);
        if (SignInConfigured(builder.Configuration))
        {
            authentication.AddOpenIdConnect(SignInScheme, o =>
            {
                o.SignInScheme = SessionScheme;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                // The identity token is kept in the session for the provider's sign-out (id_token_hint).
                o.SaveTokens = true;
                o.Scope.Clear();
                o.RequireHttpsMetadata = !development;
                o.TokenValidationParameters.NameClaimType = "name";
                o.CorrelationCookie.Name = "kakakasuh-oidc-correlation.";
                o.NonceCookie.Name = "kakakasuh-oidc-nonce.";
                if (development)
                {
                    // Over http a SameSite=None cookie is dropped; the provider on loopback is the same site anyway.
                    o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
                    o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (context.Properties.Items.TryGetValue(SignInEndpoints.LanguageItem, out var language) && language is not null)
                    {
                        context.ProtocolMessage.UiLocales = language;
                    }
                    return Task.CompletedTask;
                };
            });
            builder.Services.AddOptions<OpenIdConnectOptions>(SignInScheme)
                .Validate(o => !string.IsNullOrWhiteSpace(o.ClientId),
                    $"{OidcSection}:Authority is set, so people sign in there: set {OidcSection}:ClientId (and ClientSecret), the API's client at the provider.")
                .ValidateOnStart()
                .Configure<IConfiguration>((o, config) =>
            {
                var section = config.GetSection(OidcSection);
                o.Authority = section["Authority"];
                o.ClientId = section["ClientId"];
                o.ClientSecret = section["ClientSecret"];
                foreach (var scope in section.GetSection("Scopes").Get<string[]>() ?? ["openid", "profile", "roles", "kakak-asuh"])
                {
                    o.Scope.Add(scope);
                }
            });
        }
        return builder;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
