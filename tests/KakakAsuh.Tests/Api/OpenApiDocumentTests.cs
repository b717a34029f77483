using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Tests.Api;

/// <summary>The OpenAPI document names what every endpoint answers, and request schemas carry the rules that judge them.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture api)
{
    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await api.Client().GetStringAsync("/openapi/v1.json")).RootElement;

    [Fact]
    public async Task EveryEndpoint_IsDocumented_WithASchemaForEachSuccessfulAnswer()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var endpoints = api.ApiServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m.ToLowerInvariant(), Path: e.RoutePattern.RawText!.TrimEnd('/'))))
            .ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");

        var wrong = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            if (!paths.TryGetProperty(path, out var operations) || !operations.TryGetProperty(method, out var operation))
            {
                wrong.Add($"{method} {path}: not in the document");
                continue;
            }
            var successes = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            if (successes.Count == 0)
            {
                wrong.Add($"{method} {path}: no 2xx answer");
            }
            foreach (var answer in successes.Where(a => a.Name != "204"))
            {
                var media = answer.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().ToList() : [];
                if (media.Count == 0)
                {
                    wrong.Add($"{method} {path}: {answer.Name} has no content");
                }
                foreach (var type in media.Where(m => !m.Value.TryGetProperty("schema", out var schema) || !(schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _))))
                {
                    wrong.Add($"{method} {path}: {answer.Name} {type.Name} has no schema");
                }
                if (path.EndsWith(".csv", StringComparison.Ordinal) && media.All(m => m.Name != "text/csv"))
                {
                    wrong.Add($"{method} {path}: {answer.Name} is not text/csv");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task RegisterRequest_MarksOnlyWhatTheRulesRequire_AndCarriesTheirPatternsLengthsAndExamples()
    {
        var document = await DocumentAsync();
        var reference = document.GetProperty("paths").GetProperty("/api/umkm").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order().ToList();
        Assert.Equal(["businessName", "kbli", "kelurahanCode", "ownerName", "sector"], required);
        var fields = schema.GetProperty("properties");
        Assert.Equal(Validation.KbliPattern, fields.GetProperty("kbli").GetProperty("pattern").GetString());
        Assert.Equal(Validation.NikPattern, fields.GetProperty("nik").GetProperty("pattern").GetString());
        Assert.Equal(Validation.NibPattern, fields.GetProperty("nib").GetProperty("pattern").GetString());
        Assert.Equal(Validation.PhonePattern, fields.GetProperty("phone").GetProperty("pattern").GetString());
        Assert.Equal(Validation.MaxPhoneLength, fields.GetProperty("phone").GetProperty("maxLength").GetInt32());
        Assert.Equal(Validation.MaxNameLength, fields.GetProperty("businessName").GetProperty("maxLength").GetInt32());
        Assert.Equal(UmkmRegistrationRules.MaxSectorLength, fields.GetProperty("sector").GetProperty("maxLength").GetInt32());
        Assert.Equal("string", fields.GetProperty("kbli").GetProperty("type").GetString());
        Assert.Contains("null", fields.GetProperty("nik").GetProperty("type").EnumerateArray().Select(t => t.GetString()));

        // The required fields' examples alone make a registration the rules accept; without any one of them, they refuse it.
        var body = new JsonObject();
        foreach (var field in required)
        {
            body[field] = fields.GetProperty(field).GetProperty("examples")[0].GetString();
        }
        var staff = api.Client(Tokens.For("staff", "budi"));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/umkm", body)).StatusCode);
        foreach (var field in required)
        {
            var without = body.DeepClone().AsObject();
            without.Remove(field);
            var refused = await staff.PostAsJsonAsync("/api/umkm", without);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        }
    }
}
