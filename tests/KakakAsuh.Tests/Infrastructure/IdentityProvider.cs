using KakakAsuh.DevIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// The development identity provider the run command starts (<see cref="DevIdentityHost"/>, OpenIddict), in this
/// process on a free port, with the demo accounts of its own <c>appsettings.json</c> and keys in a folder of its own.
/// The API it signs people in for runs at <see cref="ApiUrl"/>, chosen before either starts.
/// </summary>
public sealed class IdentityProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string keyFolder = Directory.CreateTempSubdirectory("kakak-asuh-identity-").FullName;

    private IdentityProvider(string apiUrl)
    {
        ApiUrl = apiUrl;
        Authority = $"http://127.0.0.1:{FreePort.Next()}";
        var contentRoot = Path.Combine(RepoPaths.Root, "deploy", "KakakAsuh.DevIdentity");
        app = DevIdentityHost.Build(["--contentRoot", contentRoot, "--environment", "Development"], builder =>
        {
            builder.WebHost.UseUrls(Authority);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DevIdentity:KeyFolder"] = keyFolder,
                ["DevIdentity:Pages:ApiUrls:0"] = apiUrl,
            });
        });
    }

    /// <summary>The provider's address: the API's <c>Authentication:OpenIdConnect:Authority</c>.</summary>
    public string Authority { get; }

    public string ApiUrl { get; }

    /// <summary>The API settings the run command gives it: sign-in at this provider, its tokens accepted.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ApiSettings =>
    [
        new("Authentication:OpenIdConnect:Authority", Authority),
        new("Authentication:OpenIdConnect:ClientId", "kakak-asuh-pages"),
        new("Authentication:OpenIdConnect:ClientSecret", "kakak-asuh-dev-secret"),
    ];

    public static async Task<IdentityProvider> StartAsync(string apiUrl)
    {
        var provider = new IdentityProvider(apiUrl);
        await provider.app.StartAsync();
        return provider;
    }

    /// <summary>A demo account's access token through the password grant, as a script gets one.</summary>
    public async Task<string> TokenAsync(string userName, string password)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync($"{Authority}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "kakak-asuh-scripts",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = "openid profile roles kakak-asuh",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token for {userName}: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(keyFolder, recursive: true);
    }
}
