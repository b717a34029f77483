using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Signs bearer tokens the way <c>dotnet user-jwts</c> does, with a key only the tests know.</summary>
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
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
