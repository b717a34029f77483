using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace KakakAsuh.Tests.Fuzz;

/// <summary>One endpoint as the API maps it: a method and a route pattern.</summary>
public sealed record FuzzEndpoint(string Method, RoutePattern Pattern)
{
    public override string ToString() => $"{Method} {Pattern.RawText}";

    /// <summary>Every endpoint of the app, read from its endpoint data source, so new endpoints are fuzzed without listing them.</summary>
    public static IReadOnlyList<FuzzEndpoint> All(EndpointDataSource source) =>
        [.. source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new FuzzEndpoint(m, e.RoutePattern)))
            .Where(e => e.Method is not ("HEAD" or "OPTIONS"))
            .DistinctBy(e => e.ToString())];
}

/// <summary>The grains a fuzz run aims at: a UMKM in mentoring with its mentor and closed round.</summary>
public sealed record FuzzTargets(string Umkm, string Mentor, string Round)
{
    public string[] Ids => [Umkm, Mentor, Round];
}

/// <summary>
/// Generates hostile requests, each from its own seeded random (seed + index), so a failing request can be
/// replayed alone: malformed JSON, wrong types, huge and deeply nested bodies, unknown codes, invalid
/// transitions, hostile route values and query strings, and expired, unsigned and wrong-audience tokens.
/// </summary>
public sealed class HostileRequests(int seed, IReadOnlyList<FuzzEndpoint> endpoints, FuzzTargets targets)
{
    private readonly string[] badTokens = HostileValues.BadTokens();

    private readonly string[] goodTokens =
    [
        Tokens.For("staff", "fuzz-staff"),
        Tokens.For("staff", "fuzz-officer", personalData: true),
        Tokens.For("admin", "fuzz-admin"),
        Tokens.For("district-head", "fuzz-camat", wilayah: "31.73.04"),
        Tokens.For("staff", "fuzz-cengkareng", wilayah: "31.73.01"),
        Tokens.For("mentor", "fuzz-mentor", mentorId: targets.Mentor),
    ];

    public (FuzzEndpoint Endpoint, HttpRequestMessage Request, string Description) Create(int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var endpoint = endpoints[random.Next(endpoints.Count)];
        var method = random.Next(40) == 0 ? "PATCH" : endpoint.Method;
        var path = Path(endpoint, random) + Query(random);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        var kind = random.Next(10);
        var token = kind < 2 ? badTokens[random.Next(badTokens.Length)] : kind < 3 ? null : goodTokens[random.Next(goodTokens.Length)];
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", random.Next(20) == 0 ? "Basic " + token : "Bearer " + token);
        }
        if (random.Next(8) == 0)
        {
            request.Headers.TryAddWithoutValidation("X-Access-Purpose", HostileValues.Purposes[random.Next(HostileValues.Purposes.Length)]);
        }
        if (random.Next(10) == 0)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", HostileValues.IdempotencyKeys[random.Next(HostileValues.IdempotencyKeys.Length)]);
        }
        var bodyKind = "none";
        if (method is not "GET" || random.Next(10) == 0)
        {
            (request.Content, bodyKind) = Body(endpoint, random);
        }
        return (endpoint, request, $"#{index} {method} {Shorten(path)} token={(token is null ? "none" : Array.IndexOf(badTokens, token) >= 0 ? "bad" : "valid")} body={bodyKind}");
    }

    private string Path(FuzzEndpoint endpoint, Random random)
    {
        var text = endpoint.Pattern.RawText ?? "/";
        var transition = text.EndsWith("/{track}/{step}/start", StringComparison.Ordinal) ? "start"
            : text.EndsWith("/complete", StringComparison.Ordinal) ? "complete"
            : text.EndsWith("/return", StringComparison.Ordinal) ? "return"
            : text.EndsWith("/skip", StringComparison.Ordinal) ? "skip" : null;
        var (track, step) = transition is not null && random.Next(2) == 0
            ? HostileValues.InvalidTransitions[transition][random.Next(HostileValues.InvalidTransitions[transition].Length)]
            : (Pick(random, HostileValues.UnknownTracksAndSteps), Pick(random, HostileValues.UnknownTracksAndSteps));
        foreach (var parameter in endpoint.Pattern.Parameters)
        {
            var value = parameter.Name switch
            {
                "track" => track,
                "step" => step,
                "code" or "kecamatanCode" or "kelurahanCode" => random.Next(3) switch
                {
                    0 => Pick(random, ["31.73", "31.73.04", "31.73.04.1001", "31.73.01"]),
                    1 => Pick(random, HostileValues.UnknownCodes),
                    _ => Pick(random, HostileValues.HostilePathValues),
                },
                _ => random.Next(3) switch
                {
                    0 => Pick(random, targets.Ids),
                    1 => Pick(random, HostileValues.UnknownIds),
                    _ => Pick(random, HostileValues.HostilePathValues),
                },
            };
            var escaped = Uri.EscapeDataString(value);
            text = text.Replace("{" + parameter.Name + "}", escaped, StringComparison.Ordinal)
                .Replace("{" + parameter.Name + "?}", escaped, StringComparison.Ordinal)
                .Replace("{**" + parameter.Name + "}", escaped, StringComparison.Ordinal)
                .Replace("{*" + parameter.Name + "}", escaped, StringComparison.Ordinal);
        }
        return text;
    }

    private static string Query(Random random)
    {
        if (random.Next(2) == 0)
        {
            return "";
        }
        string[] names = ["page", "pageSize", "asOf", "from", "to", "status", "track", "kecamatan", "kelurahan", "overdue", "unacknowledged", "umkmId", "actor", "action"];
        string[] values = ["-1", "0", "999999999999", "abc", "2024-02-30", "9999-12-31", "0001-01-01", "mentoring", "bogus", "31.73.99", "true", "", new string('q', 2_000), "%00"];
        var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => $"{Pick(random, names)}={Uri.EscapeDataString(Pick(random, values))}");
        return "?" + string.Join('&', parts);
    }

    private (HttpContent Content, string Kind) Body(FuzzEndpoint endpoint, Random random)
    {
        var contentType = random.Next(12) == 0 ? Pick(random, ["text/plain", "application/xml", "multipart/form-data", "application/json; charset=utf-7"]) : "application/json";
        if (endpoint.Pattern.RawText?.EndsWith("/import", StringComparison.Ordinal) == true && random.Next(2) == 0)
        {
            return (Content(Csv(random), random.Next(6) == 0 ? "application/json" : "text/csv"), "csv");
        }
        var (text, kind) = random.Next(8) switch
        {
            0 => (Pick(random, ["{", "}", "[", "{\"a\":", "{'single':'quotes'}", "nul", "{\"a\":1,}", "\u0000", "{\"a\":\"\\ud800\"}", "\"unterminated"]), "malformed"),
            1 => (Pick(random, ["[]", "42", "\"text\"", "true", "null", "[{}]", "1e999"]), "wrong-root"),
            2 => (new string('[', random.Next(100, 20_000)) + new string(']', random.Next(0, 2)), "deep"),
            3 => ("{\"businessName\":\"" + new string('x', random.Next(300_000, 2_000_000)) + "\"}", "huge"),
            4 => ("{}", "empty"),
            _ => (JsonSerializer.Serialize(HostileObject(random)), "fields"),
        };
        return (Content(text, contentType), kind);
    }

    private static Dictionary<string, object?> HostileObject(Random random)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            var values = HostileValues.FieldValues(random);
            fields[Pick(random, HostileValues.KnownFields)] = values[random.Next(values.Length)];
        }
        if (random.Next(5) == 0)
        {
            fields["unexpected" + random.Next(100)] = new string('u', 50);
        }
        return fields;
    }

    /// <summary>A CSV with the right header and rows none of which is valid (unknown kelurahan, formulas, over-long fields).</summary>
    private string Csv(Random random)
    {
        var csv = new StringBuilder("id,businessName,ownerName,nik,phone,kbli,sector,kelurahanCode,qris\n");
        for (var i = random.Next(0, 30); i > 0; i--)
        {
            var id = random.Next(3) == 0 ? Pick(random, targets.Ids) : Pick(random, HostileValues.UnknownIds);
            var name = Pick(random, ["=cmd|' /C calc'!A0", "+SUM(1,2)", "@HYPERLINK(\"x\")", "\"quoted, \"\"name\"\"\"", new string('n', 1_500)]);
            csv.Append(FormattableString.Invariant($"{id},{name},{name},12345,0800,1,Sektor,{Pick(random, HostileValues.UnknownCodes)},{Pick(random, ["ya", "maybe", "1"])}\n"));
        }
        return csv.ToString();
    }

    private static ByteArrayContent Content(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed : null;
        return content;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "...";
}
