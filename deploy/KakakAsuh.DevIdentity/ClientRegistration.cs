using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KakakAsuh.DevIdentity;

/// <summary>
/// Registers the two clients in the provider's (in-memory) store at start: the client API, which signs people in
/// for the pages with the authorization code flow and PKCE, and a public client for scripts (password grant).
/// </summary>
public sealed class ClientRegistration(IServiceProvider services, IOptions<DevIdentityOptions> options) : IHostedService
{
    public const string ApiScope = "kakak-asuh";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var settings = options.Value;
        var pages = new OpenIddictApplicationDescriptor
        {
            ClientId = settings.Pages.ClientId,
            ClientSecret = settings.Pages.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Kakak Asuh (pages)",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var url in settings.Pages.ApiUrls)
        {
            var api = url.TrimEnd('/');
            pages.RedirectUris.Add(new Uri(api + "/signin-oidc"));
            pages.PostLogoutRedirectUris.Add(new Uri(api + "/signout-callback-oidc"));
        }
        var scripts = new OpenIddictApplicationDescriptor
        {
            ClientId = settings.ScriptClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "Kakak Asuh (scripts)",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.Password,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + ApiScope,
            },
        };
        foreach (var client in new[] { pages, scripts })
        {
            if (await manager.FindByClientIdAsync(client.ClientId!, cancellationToken) is null)
            {
                await manager.CreateAsync(client, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
