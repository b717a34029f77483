using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KakakAsuh.Tests.Api;

/// <summary>Outside Development the API starts only with configured signing keys, and never with the development key.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Production_WithoutSigningKeys_RefusesToStart()
    {
        var error = await StartAsync("Production");
        Assert.Contains("SigningKeys", error);
    }

    [Fact]
    public async Task Production_WithTheDevelopmentKeyOfUserJwts_RefusesToStart()
    {
        var error = await StartAsync("Production",
            ("Authentication:Schemes:Bearer:ValidIssuer", "dotnet-user-jwts"),
            ("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", "dotnet-user-jwts"),
            ("Authentication:Schemes:Bearer:SigningKeys:0:Value", Tokens.Key));
        Assert.Contains("Development only", error);
    }

    /// <summary>Starts the API in <paramref name="environment"/> and returns why it would not start.</summary>
    private static async Task<string> StartAsync(string environment, params (string Key, string Value)[] settings)
    {
        var storage = await Azurite.ConnectionStringAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("ConnectionStrings:Storage", storage);
            web.UseSetting("Orleans:ClusterId", Keys.New("startup"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        return error.ToString();
    }
}
