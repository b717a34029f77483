using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Nudges;

/// <summary>
/// Registering a webhook through the API, with the silos' default address policy: only https URLs whose host is and
/// resolves to public addresses are taken; every other target is refused with a 400 ProblemDetails naming <c>url</c>,
/// and nothing is registered.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookRegistrationTests(ApiFixture api)
{
    private const string Secret = "receiver-shared-secret";

    public static TheoryData<string> InsideTargets() =>
    [
        "https://127.0.0.1:10002/devstoreaccount1/ProgrammeState", // Azurite
        "https://localhost:5081/",                                  // a name that resolves to loopback: the silo's HTTP side
        "https://[::1]:5080/",                                      // the API on IPv6 loopback
        "https://2130706433/",                                      // 127.0.0.1 written as one number
        "https://[::ffff:127.0.0.1]/",                              // IPv4-mapped IPv6 loopback
        "https://169.254.169.254/metadata/instance",                // the cloud's metadata endpoint
        "https://168.63.129.16/",                                   // Azure's WireServer
        "https://10.0.0.1/",                                        // RFC 1918
        "https://172.16.5.4/", "https://192.168.1.1/",
        "https://100.64.0.1/",                                      // carrier-grade NAT
        "https://[fd00::1]/",                                       // IPv6 unique local
        "https://[::ffff:10.0.0.1]/",                               // IPv4-mapped private
        "https://[fe80::1]/",                                       // IPv6 link-local
        "https://0.0.0.0/", "https://[::]/",                        // unspecified
        "http://203.0.114.10/hook",                                 // plain http, even to a public address
        "http://localhost:5081/",
        "https://user:password@203.0.114.10/",                      // credentials in the URL
        "ftp://203.0.114.10/",
    ];

    [Theory]
    [MemberData(nameof(InsideTargets))]
    public async Task RegisteringAnInsideOrCleartextTarget_Is400NamingUrl_AndRegistersNothing(string url)
    {
        var admin = api.Client(Tokens.For("admin", "root"));
        var id = Keys.New("hook");

        var response = await admin.PostAsJsonAsync("/api/webhooks", new { url, secret = Secret, id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("url", out _), problem.RootElement.ToString());
        Assert.DoesNotContain(await api.Grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync(), r => r.Id == id);
    }

    [Fact]
    public async Task RegisteringAPublicHttpsTarget_IsCreated_AndTheListNeverShowsTheSecret()
    {
        var admin = api.Client(Tokens.For("admin", "root"));
        var id = Keys.New("hook");

        var response = await admin.PostAsJsonAsync("/api/webhooks", new { url = "https://203.0.114.10/nudges", secret = Secret, id });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var list = await admin.GetStringAsync("/api/webhooks");
        Assert.Contains(id, list);
        Assert.DoesNotContain(Secret, list);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/webhooks/{id}")).StatusCode);
    }
}
