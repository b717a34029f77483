using Microsoft.AspNetCore.Http;

namespace KakakAsuh.ServiceDefaults.Http;

/// <summary>
/// Whether a request that changes something comes from this site's own page (the silo's dashboard login, the API's
/// session-cookie requests) (login CSRF: another site's form must not sign a browser in
/// with the attacker's token). A browser states where a request comes from in <c>Sec-Fetch-Site</c> and
/// <c>Origin</c>; a post that states neither is not from a browser's page and is refused too. The origin is compared
/// by host and port, not scheme: behind the recipes' ingress the app itself sees plain HTTP.
/// </summary>
public static class SameSiteForm
{
    public static bool IsFromThisSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && site != "same-origin")
        {
            return false;
        }
        return Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
            && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
