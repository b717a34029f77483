using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>Rate limits per token (429 with Retry-After), request size (413) and JSON depth (400), each a ProblemDetails.</summary>
[Collection(ApiCollection.Name)]
public sealed class LimitsTests(ApiFixture api)
{
    [Fact]
    public async Task ATokenOverItsLimit_Gets429WithRetryAfter_OtherTokensAndHealthDoNot()
    {
        await using var limited = api.WithSettings(("RateLimiting:PermitLimit", "3"), ("RateLimiting:Window", "00:10:00"));
        var client = limited.CreateClient();
        var busy = Tokens.For("district-head", "busy-camat", wilayah: "31.73.04");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await Send(client, busy, "/api/districts/31.73.04/summary")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        var refused = await Send(client, busy, "/api/districts/31.73.04/summary");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, Tokens.For("district-head", "other-camat", wilayah: "31.73.04"), "/api/districts/31.73.04/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413ProblemDetails_AndTheCsvImportTakesLargerBodies()
    {
        var staff = api.Client(Tokens.For("staff", "budi"));
        var huge = new StringContent($$"""{"businessName":"{{new string('x', 300 * 1024)}}"}""", Encoding.UTF8, "application/json");
        var response = await staff.PostAsync("/api/umkm", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var csv = new StringBuilder("id,businessName,ownerName,kbli,sector,kelurahanCode\n");
        while (csv.Length < 300 * 1024)
        {
            csv.Append("bad id!,Warung,Siti,10792,Makanan,31.73.04.1001\n");
        }
        var import = await staff.PostAsync("/api/umkm/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
    }

    [Fact]
    public async Task JsonNestedTooDeep_Is400ProblemDetails()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var body = $$"""{"tracks":{{deep}}}""";
        var response = await api.Client(Tokens.For("staff", "budi")).PostAsync($"/api/umkm/{api.TamboraUmkm}/needs", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
