using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KakakAsuh.Testing;

/// <summary>
/// Signs bearer tokens the way <c>dotnet user-jwts</c> does, with a key only the tests and the benchmark know, and
/// gives the settings that make the client API (and the silo's dashboard) trust them.
/// </summary>
public static class Tokens
{
    public const string Issuer = "kakak-asuh-tests";
    public const string Audience = "kakak-asuh-api";
    public static readonly string Key = Convert.ToBase64String(Encoding.UTF8.GetBytes("tests-only-signing-key-0123456789abcdef"));

    /// <summary>The API configuration that trusts these tokens.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Authentication:Schemes:Bearer:ValidIssuer", Issuer),
        new("Authentication:Schemes:Bearer:ValidAudiences:0", Audience),
        new("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer),
        new("Authentication:Schemes:Bearer:SigningKeys:0:Value", Key),
    ];

    /// <summary>The same, as environment variables of a child process.</summary>
    public static IReadOnlyDictionary<string, string> Environment =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

    public static string For(string role, string name = "tester", string? wilayah = null, string? mentorId = null, DateTime? expires = null, string audience = Audience, bool personalData = false)
    {
        var claims = new List<Claim> { new("sub", name), new("unique_name", name), new("role", role) };
        if (personalData)
        {
            claims.Add(new Claim("pdp_access", "true"));
        }
        if (wilayah is not null)
        {
            claims.Add(new Claim("wilayah", wilayah));
        }
        if (mentorId is not null)
        {
            claims.Add(new Claim("mentor_id", mentorId));
        }
        // Valid for an hour unless told otherwise (the fault tests and the benchmark run longer; some tests want an expired token).
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = until > DateTime.UtcNow ? DateTime.UtcNow.AddHours(-1) : until.AddHours(-2),
            Expires = until,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
