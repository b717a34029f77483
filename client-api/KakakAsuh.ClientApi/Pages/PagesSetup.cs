namespace KakakAsuh.ClientApi.Pages;

/// <summary>
/// Serves the pages for district heads and staff (wwwroot: sign-in, district view, worklist). They are plain
/// HTML, CSS and JavaScript that call this API; Chart.js is copied in from the npm package at build time.
/// Every page carries a Content-Security-Policy that allows nothing but this server.
/// </summary>
public static class PagesSetup
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UsePages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
