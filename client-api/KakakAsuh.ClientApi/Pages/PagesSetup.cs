namespace KakakAsuh.ClientApi.Pages;

/// <summary>
/// Serves the pages for district heads and staff (wwwroot: start and sign-in, district view, worklist). They are plain
/// HTML, CSS and JavaScript that call this API; Chart.js is copied in from the npm package at build time.
/// Every page carries a Content-Security-Policy that allows nothing but this server, and, for the sign-out form whose
/// answer is a redirect to the identity provider's sign-out, the provider's origin as a form target.
/// </summary>
public static class PagesSetup
{
    public static string ContentSecurityPolicy(string? providerAuthority)
    {
        var formAction = Uri.TryCreate(providerAuthority, UriKind.Absolute, out var provider)
            ? $"'self' {provider.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
            $"object-src 'none'; base-uri 'none'; form-action {formAction}; frame-ancestors 'none'";
    }

    public static WebApplication UsePages(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Configuration[$"{Auth.AuthenticationSetup.OidcSection}:Authority"]);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
