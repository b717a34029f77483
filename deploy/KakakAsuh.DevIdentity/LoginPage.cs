using System.Net;

namespace KakakAsuh.DevIdentity;

/// <summary>The sign-in form, in Indonesian (English when asked), sized for a phone as much as for a desk.</summary>
public static class LoginPage
{
    public static string Render(string language, string returnUrl, string antiforgeryField, string antiforgeryToken, string? userName, bool failed)
    {
        var en = language == "en";
        string T(string id, string english) => WebUtility.HtmlEncode(en ? english : id);
        var other = en ? "id" : "en";
        var error = failed ? $"<p class=\"error\" role=\"alert\">{T("Nama pengguna atau kata sandi salah.", "Wrong user name or password.")}</p>" : "";
        var otherUrl = $"/masuk?lang={other}&returnUrl={Uri.EscapeDataString(returnUrl)}";
        return $"""
            <!doctype html>
            <html lang="{(en ? "en" : "id")}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="icon" href="data:,">
              <title>{T("Masuk · Kakak Asuh", "Sign in · Kakak Asuh")}</title>
              {Style}
            </head>
            <body>
              <main>
                <h1>{T("Masuk ke Kakak Asuh", "Sign in to Kakak Asuh")}</h1>
                <p class="muted">{T("Penyedia identitas pengembangan: akun demo program (lihat README).", "Development identity provider: the programme's demo accounts (see the README).")}</p>
                <form method="post" action="/masuk">
                  <input type="hidden" name="{WebUtility.HtmlEncode(antiforgeryField)}" value="{WebUtility.HtmlEncode(antiforgeryToken)}">
                  <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
                  <input type="hidden" name="lang" value="{(en ? "en" : "id")}">
                  <label for="username">{T("Nama pengguna", "User name")}</label>
                  <input id="username" name="username" autocomplete="username" autocapitalize="none" required value="{WebUtility.HtmlEncode(userName ?? "")}">
                  <label for="password">{T("Kata sandi", "Password")}</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit" id="sign-in">{T("Masuk", "Sign in")}</button>
                  {error}
                </form>
                <p class="muted"><a href="{WebUtility.HtmlEncode(otherUrl)}">{(en ? "Bahasa Indonesia" : "English")}</a></p>
              </main>
            </body>
            </html>
            """;
    }

    private const string Style = """
              <style>
                body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1d2733; }
                main { max-width: 26rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: .5rem; box-shadow: 0 1px 3px #0002; }
                h1 { font-size: 1.4rem; margin-top: 0; }
                label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
                input { width: 100%; box-sizing: border-box; font-size: 1rem; padding: .6rem; border: 1px solid #9aa5b1; border-radius: .3rem; }
                button { margin-top: 1.25rem; width: 100%; font-size: 1rem; padding: .7rem; border: 0; border-radius: .3rem; background: #0b5cad; color: #fff; }
                .error { color: #a4161a; margin-top: 1rem; }
                .muted { color: #52606d; font-size: .9rem; }
                @media (max-width: 30rem) { main { margin: 0; border-radius: 0; min-height: 100vh; } }
              </style>
        """;

    /// <summary>The page's language: <c>lang</c> when given, else the OpenID Connect <c>ui_locales</c> in the request being answered, else Indonesian.</summary>
    public static string LanguageOf(string? lang, string? returnUrl)
    {
        if (lang is "en" or "id")
        {
            return lang;
        }
        var query = returnUrl is not null && returnUrl.IndexOf('?') is var at and >= 0 ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[at..]) : null;
        return query is not null && query.TryGetValue("ui_locales", out var locales) && locales.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
    }
}
