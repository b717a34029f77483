using KakakAsuh.ServiceDefaults.Http;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>
/// Cross-site request forgery: a browser sends the session cookie with any request to this site, so a request that
/// changes something and rides on the session (no bearer token) must come from this origin, which the browser
/// states in <c>Origin</c> (and <c>Sec-Fetch-Site</c>). Bearer-token requests are not affected: a browser never adds
/// their header by itself. The provider's own answers (<c>/signin-oidc</c>, <c>/signout-callback-oidc</c>, posted from
/// its origin) are checked by the OpenID Connect handler against the state and nonce it set, not here.
/// </summary>
public sealed class SessionOriginCheck(RequestDelegate next)
{
    private static readonly PathString[] ProviderCallbacks = ["/signin-oidc", "/signout-callback-oidc"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Headers.Authorization.Count == 0 && request.Cookies.ContainsKey(AuthenticationSetup.SessionCookie)
            && !ProviderCallbacks.Contains(request.Path) && !SameSiteForm.IsFromThisSite(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem("A request made with a signed-in session must come from this site's own pages.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
