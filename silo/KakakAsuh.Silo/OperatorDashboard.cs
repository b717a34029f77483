using System.Net;
using KakakAsuh.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Orleans.Dashboard;

using KakakAsuh.ServiceDefaults.Http;

namespace KakakAsuh.Silo;

/// <summary>
/// Orleans' dashboard at <c>/dashboard/</c>, for holders of an <c>admin</c> bearer token from the same identity provider
/// as the client API (<see cref="ProgrammeBearer"/>: its JWKS, the same claim mapping). A script sends the token
/// in the <c>Authorization</c> header; a browser pastes it once at <c>/dashboard/login</c>, which keeps it in an
/// HTTP-only cookie for this path only (Secure outside Development; posted only from this site's page). The dashboard
/// shows no grain state and no log stream (<see cref="DashboardPersonalDataFilter"/>).
/// </summary>
public static class OperatorDashboard
{
    public const string Path = "/dashboard";
    public const string TokenCookie = "kakakasuh-dashboard-token";
    public const string Policy = "operator";
    public const string AdminRole = "admin";

    /// <summary>The dashboard's own options: no live log stream.</summary>
    public static void ConfigureDashboard(DashboardOptions options) => options.HideTrace = true;

    public static WebApplicationBuilder AddOperatorDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddProgrammeBearer();
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Events = new JwtBearerEvents
        {
            OnMessageReceived = c =>
            {
                if (string.IsNullOrEmpty(c.Token) && c.Request.Cookies.TryGetValue(TokenCookie, out var token))
                {
                    c.Token = token;
                }
                return Task.CompletedTask;
            },
            // A person in a browser is sent to the login page; scripts get the plain 401.
            OnChallenge = c =>
            {
                if (c.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
                {
                    c.HandleResponse();
                    c.Response.Redirect($"{Path}/login");
                }
                return Task.CompletedTask;
            },
        });
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireRole(AdminRole)));
        return builder;
    }

    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(Policy).AddEndpointFilter<DashboardPersonalDataFilter>();
        app.MapGet($"{Path}/login", () => Results.Content(LoginPage, "text/html; charset=utf-8")).AllowAnonymous();
        app.MapPost($"{Path}/login", async (HttpContext http) =>
        {
            if (!SameSiteForm.IsFromThisSite(http.Request))
            {
                return Results.Problem("The dashboard's login accepts a token only from its own page on this site.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
            }
            var form = await http.Request.ReadFormAsync();
            var token = form["token"].ToString().Trim();
            if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                token = token[7..].Trim();
            }
            if (token.Length == 0)
            {
                return Results.Redirect($"{Path}/login");
            }
            http.Response.Cookies.Append(TokenCookie, token, new CookieOptions
            {
                HttpOnly = true,
                // Behind an ingress that ends TLS the silo sees plain HTTP; only Development runs without TLS.
                Secure = http.Request.IsHttps || !app.Environment.IsDevelopment(),
                SameSite = SameSiteMode.Strict,
                Path = Path,
            });
            return Results.Redirect($"{Path}/");
        }).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static readonly string LoginPage = $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>KakakAsuh silo dashboard</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
        <h1>Operator's dashboard</h1>
        <p>Paste a bearer token with the role <code>admin</code> from the programme's identity provider (in Development,
        the provider the run command starts: <code>curl -s -d "grant_type=password&amp;client_id=kakak-asuh-scripts&amp;username=admin&amp;password=admin-asuh&amp;scope=openid roles kakak-asuh" http://127.0.0.1:5090/connect/token</code>,
        its <code>access_token</code>).
        It is kept in an HTTP-only cookie for {WebUtility.HtmlEncode(Path)} until the browser closes. Coming back here means
        the token was not accepted (expired, another issuer or audience, or no signing key this silo trusts).</p>
        <form method="post" action="{Path}/login">
        <textarea name="token" rows="6" cols="70" required autofocus></textarea><br>
        <button type="submit">Open the dashboard</button>
        </form></body></html>
        """;
}
