using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KakakAsuh.Umkm;

namespace KakakAsuh.Benchmarks.Scenarios;

/// <summary>The two calls the benchmark makes over real HTTP: register a UMKM, read the city's summary.</summary>
public sealed class ApiClient(HttpClient http, Uri baseAddress)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly Uri umkm = new(baseAddress, "/api/umkm");
    private readonly Uri citySummary = new(baseAddress, "/api/city/summary");

    /// <summary>An HTTP client for loopback only: no proxy, enough connections for every worker.</summary>
    public static HttpClient CreateHttp() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = 1024,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>POST /api/umkm; throws unless the API answers 201 Created.</summary>
    public async Task RegisterAsync(string token, UmkmRegistration registration)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, umkm)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(SampleUmkm.Body(registration), Web))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw await FailureAsync("POST /api/umkm", response);
        }
    }

    /// <summary>GET /api/city/summary; its <c>umkmTotal</c>.</summary>
    public async Task<long> CityTotalAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, citySummary);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await FailureAsync("GET /api/city/summary", response);
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return json.RootElement.GetProperty("umkmTotal").GetInt64();
    }

    private static async Task<HttpRequestException> FailureAsync(string what, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new HttpRequestException($"{what} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }
}
