using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KakakAsuh.DevIdentity;

/// <summary>
/// The development OpenID Connect provider (OpenIddict): the demo accounts of <c>appsettings.json</c>, a sign-in form,
/// authorization code + PKCE for the client API, the password grant for scripts, asymmetric keys kept in a folder
/// and published as JWKS. Program runs it; tests start the same host with their own settings.
/// </summary>
public static class DevIdentityHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (!builder.Environment.IsDevelopment())
        {
            // Its accounts and passwords are published in the README: nothing but a developer's machine may trust it.
            throw new InvalidOperationException("The development identity provider runs in Development only; production signs people in through a real provider (README, Sign-in).");
        }
        var settings = builder.Configuration.GetSection(DevIdentityOptions.Section).Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        builder.Services.AddOptions<DevIdentityOptions>().BindConfiguration(DevIdentityOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Pages.ClientSecret), "Set DevIdentity:Pages:ClientSecret (the client API's secret).")
            .ValidateOnStart();
        var keyFolder = Path.GetFullPath(settings.KeyFolder, builder.Environment.ContentRootPath);

        // OpenIddict's clients and grants live in memory, one store per host (a test may run several in one process).
        var store = $"dev-identity-{Guid.NewGuid():N}";
        builder.Services.AddDbContext<DbContext>(o => o.UseInMemoryDatabase(store).UseOpenIddict());
        builder.Services.AddAuthentication(ProviderEndpoints.SessionScheme).AddCookie(ProviderEndpoints.SessionScheme, o =>
        {
            // The API on the same host (another port) has cookies of its own: the names keep them apart.
            o.Cookie.Name = "kakakasuh-identity";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/masuk";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "kakakasuh-identity-antiforgery");
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowPasswordFlow();
                o.RegisterScopes(Scopes.Profile, Scopes.Roles, ClientRegistration.ApiScope);
                o.AddSigningKey(ProviderKeys.LoadOrCreate(keyFolder, "signing"));
                o.AddEncryptionKey(ProviderKeys.LoadOrCreate(keyFolder, "encryption"));
                // Access tokens are plain signed JWTs, so any standard resource server (the API's JwtBearer) validates them.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Development on loopback over http.
                    .DisableTransportSecurityRequirement();
            });
        builder.Services.AddHostedService<ClientRegistration>();

        var app = builder.Build();
        app.UseAuthentication();
        app.MapProviderEndpoints();
        return app;
    }
}
