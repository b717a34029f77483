using Microsoft.AspNetCore.Authentication;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>
/// Where the pages send a person: <c>/masuk</c> signs in at the identity provider and comes back to the page it was
/// asked from; <c>/keluar</c> (a form POST from this origin) ends the session here and at the provider.
/// </summary>
public static class SignInEndpoints
{
    public const string LanguageItem = "ui_locales";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/masuk", (HttpContext http, IConfiguration config, string? returnUrl, string? lang) =>
        {
            if (!AuthenticationSetup.SignInConfigured(config))
            {
                return Results.Problem("Sign-in through an identity provider is not configured here (Authentication:OpenIdConnect:Authority); send a bearer token instead.",
                    statusCode: StatusCodes.Status404NotFound, title: "Not found.");
            }
            var properties = new AuthenticationProperties { RedirectUri = Local(returnUrl) };
            if (lang is "en" or "id")
            {
                properties.Items[LanguageItem] = lang;
            }
            return Results.Challenge(properties, [AuthenticationSetup.SignInScheme]);
        }).AllowAnonymous().ExcludeFromDescription();
        routes.MapPost("/keluar", (HttpContext http, IConfiguration config) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = "/" };
            var signedIn = http.User.Identity?.IsAuthenticated == true;
            return signedIn && AuthenticationSetup.SignInConfigured(config)
                ? Results.SignOut(properties, [AuthenticationSetup.SessionScheme, AuthenticationSetup.SignInScheme])
                : Results.SignOut(properties, [AuthenticationSetup.SessionScheme]);
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    /// <summary>Only a page of this site is returned to after sign-in (no open redirect).</summary>
    private static string Local(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
