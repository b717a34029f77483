using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KakakAsuh.DevIdentity;

/// <summary>
/// The sign-in form and the three OpenID Connect endpoints whose answers are this provider's own: authorize (who
/// is signed in here), token (the password grant for scripts; codes and refresh tokens re-read the account), and
/// end session (signs out here too).
/// </summary>
public static class ProviderEndpoints
{
    public const string SessionScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static WebApplication MapProviderEndpoints(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/masuk"));
        app.MapGet("/masuk", (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            Form(http, antiforgery, LocalOrRoot(returnUrl), LoginPage.LanguageOf(lang, returnUrl), userName: null, failed: false));
        app.MapPost("/masuk", SignInAsync);
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync);
        app.MapPost("/connect/token", TokenAsync);
        app.MapMethods("/connect/logout", ["GET", "POST"], async (HttpContext http) =>
        {
            await http.SignOutAsync(SessionScheme);
            return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, IOptions<DevIdentityOptions> options)
    {
        await antiforgery.ValidateRequestAsync(http);
        var form = await http.Request.ReadFormAsync();
        var returnUrl = LocalOrRoot(form["returnUrl"]);
        var language = LoginPage.LanguageOf(form["lang"], returnUrl);
        var account = Check(options.Value, form["username"], form["password"]);
        if (account is null)
        {
            return Form(http, antiforgery, returnUrl, language, form["username"], failed: true);
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.UserName)], SessionScheme);
        await http.SignInAsync(SessionScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(SessionScheme);
        var account = session.Succeeded ? options.Value.Find(session.Principal!.Identity!.Name) : null;
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList()).ToString().Replace("prompt=login", "prompt=", StringComparison.Ordinal);
            return Results.Redirect("/masuk?returnUrl=" + Uri.EscapeDataString(back));
        }
        return Results.SignIn(AccountPrincipal.For(account, request.GetScopes(), options.Value.Audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        DemoAccount? account;
        if (request.IsPasswordGrantType())
        {
            account = Check(options.Value, request.Username, request.Password);
        }
        else
        {
            // A code or refresh token: the account may have changed since; its current claims go into the new tokens.
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            account = options.Value.Find(granted.Principal?.GetClaim(Claims.Subject));
        }
        if (account is null)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user name or password is wrong, or the account no longer exists.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        return Results.SignIn(AccountPrincipal.For(account, request.GetScopes(), options.Value.Audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static DemoAccount? Check(DevIdentityOptions options, string? userName, string? password)
    {
        var account = options.Find(userName);
        return account is not null && password is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(account.Password), Encoding.UTF8.GetBytes(password))
            ? account
            : null;
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string returnUrl, string language, string? userName, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(LoginPage.Render(language, returnUrl, tokens.FormFieldName, tokens.RequestToken!, userName, failed), "text/html; charset=utf-8",
            statusCode: failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    /// <summary>Only this provider's own paths are followed after sign-in (no open redirect).</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
