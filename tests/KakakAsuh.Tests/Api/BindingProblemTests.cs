using System.Net;
using KakakAsuh.Summaries;
using System.Text;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>
/// Requests that minimal-API binding cannot read, against the API as the run command starts it (Development, where
/// binding throws): each answers 400 or 415 as a ProblemDetails whose <c>errors</c> name the field, never 500.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BindingProblemTests(ApiFixture api)
{
    private static readonly string Staff = Tokens.For("staff", "budi");

    public static TheoryData<string, string, string?, string, HttpStatusCode, string> Cases => new()
    {
        { "POST", "/api/umkm", "null", "application/json", HttpStatusCode.BadRequest, "body" },
        { "POST", "/api/umkm", "", "application/json", HttpStatusCode.BadRequest, "body" },
        { "POST", "/api/umkm", "{\"businessName\": 5}", "application/json", HttpStatusCode.BadRequest, "businessName" },
        { "POST", "/api/umkm", "{\"businessName\": \"Warung\", \"kbli\": ", "application/json", HttpStatusCode.BadRequest, "kbli" },
        { "POST", "/api/umkm", "{\"businessName\": \"Warung\"}", "text/plain", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "GET", "/api/umkm?page=abc", null, "", HttpStatusCode.BadRequest, "page" },
        { "GET", "/api/city/summary?asOf=yesterday", null, "", HttpStatusCode.BadRequest, "asOf" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task UnreadableRequests_AnswerAProblemNamingTheField_InDevelopment(string method, string path, string? body, string type, HttpStatusCode status, string field)
    {
        var host = await api.AsTheRunCommandStartsItAsync();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new("Bearer", Staff);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, type);
        }
        var before = JsonSerializer.Serialize(await api.Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync());

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), text);
        Assert.Contains(field, messages[0].GetString());
        Assert.Equal(problem.GetProperty("detail").GetString(), messages[0].GetString());
        Assert.Equal(before, JsonSerializer.Serialize(await api.Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync()));
    }
}
