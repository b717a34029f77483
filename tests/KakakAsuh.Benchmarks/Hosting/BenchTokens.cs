using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>
/// Bearer tokens for the benchmark only: HS256 JWTs (as <c>dotnet user-jwts</c> makes) signed with a random key made
/// for this run, and the API settings that trust that key.
/// </summary>
public sealed class BenchTokens
{
    public const string Issuer = "kakak-asuh-benchmark";
    public const string Audience = "kakak-asuh-benchmark-api";

    private readonly byte[] key = RandomNumberGenerator.GetBytes(48);

    /// <summary>The client API's environment variables that make it accept these tokens.</summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment => new Dictionary<string, string>
    {
        ["Authentication__Schemes__Bearer__ValidIssuer"] = Issuer,
        ["Authentication__Schemes__Bearer__ValidAudiences__0"] = Audience,
        ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer,
        ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(key),
    };

    /// <summary>A Sudin staff token for the whole city, valid for three hours.</summary>
    public string Staff(string name)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" });
        var payload = Encode(new Dictionary<string, object>
        {
            ["sub"] = name,
            ["unique_name"] = name,
            ["role"] = "staff",
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["nbf"] = now - 60,
            ["iat"] = now - 60,
            ["exp"] = now + 3 * 3600,
        });
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(Dictionary<string, object> claims) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
}
