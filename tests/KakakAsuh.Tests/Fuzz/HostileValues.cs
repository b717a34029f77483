using System.Text;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KakakAsuh.Tests.Fuzz;

/// <summary>
/// The pools hostile requests draw from. None of them makes a command valid: text fields get only empty,
/// blank, over-long or wrongly typed values, codes are unknown, purposes are unacceptable. So any request the
/// API accepts as a change is a finding, not noise.
/// </summary>
public static class HostileValues
{
    public static readonly string[] UnknownIds =
    [
        "NO-SUCH-UMKM", "no-such-mentor", "31.73-1999-01-01", "hook-unknown", "x1_", "UMKM-00000000000",
    ];

    public static readonly string[] HostilePathValues =
    [
        "..", "../../etc/passwd", "%00", "<script>alert(1)</script>", "' OR 1=1 --", "💥🔥", new string('A', 3_000),
        "31.73.04~NO-SUCH~qris~provider-registration~Mentor", "31.99", "99.99.99.9999", "31.73.04.1001.1", " ", "-1",
        "null", "{id}", "a/b", "ok?x=1", "31.73.04~~~~", "~",
    ];

    public static readonly string[] UnknownCodes = ["31.74", "31.73.99", "31.73.04.9999", "00", "31", "31.73.04.1001x", "3173041001"];

    public static readonly string[] UnknownTracksAndSteps = ["no-such-track", "QRIS", "halal ", "qris-active-x", "provider_registration", ""];

    /// <summary>Steps of the fuzz UMKM's plan (qris, bazaar) that the command may not take now.</summary>
    public static readonly Dictionary<string, (string Track, string Step)[]> InvalidTransitions = new(StringComparer.Ordinal)
    {
        ["start"] = [("qris", "qris-active"), ("bazaar", "turnover-report"), ("halal", "lp3h-check")],
        ["complete"] = [("qris", "provider-registration"), ("bazaar", "participation")],
        ["return"] = [("qris", "provider-registration"), ("bazaar", "product-curation")],
        ["skip"] = [("nib", "data-prep"), ("trademark", "filing")],
    };

    /// <summary>Values for any JSON field: wrong types, nulls, empty, blank or over-long strings, absurd numbers.</summary>
    public static object?[] FieldValues(Random random) =>
    [
        null, "", "   ", new string('x', random.Next(1_001, 5_000)), 0, -1, 2_147_483_648L, 1e308, -0.5, true,
        new[] { 1, 2 }, new Dictionary<string, object?> { ["$type"] = "System.IO.File" }, Array.Empty<string>(),
        UnknownCodes[random.Next(UnknownCodes.Length)] + new string(' ', 1_001),
    ];

    public static readonly string[] KnownFields =
    [
        "id", "businessName", "ownerName", "nik", "phone", "kbli", "sector", "kelurahanCode", "kecamatanCode", "nib", "qris",
        "tracks", "at", "value", "reason", "mentorId", "umkmId", "panelMember", "approve", "capacity", "name", "date",
        "scopeCode", "panel", "deadline", "url", "secret", "areaCode",
    ];

    public static readonly string[] Purposes = ["", "x", "short", new string('p', 1_001), "line\nbreak purpose text", "tab\tseparated purpose"];

    public static readonly string[] IdempotencyKeys = ["", new string('k', 201)];

    /// <summary>Tokens that must all be refused with 401: garbage, expired, unsigned, wrong audience, wrong key.</summary>
    public static string[] BadTokens() =>
    [
        "garbage", "a.b.c", "", new string('e', 5_000),
        Tokens.For("staff", "late", expires: DateTime.UtcNow.AddMinutes(-30)),
        Tokens.For("admin", "elsewhere", audience: "some-other-api"),
        Unsigned(),
        WrongKey(),
    ];

    private static string Unsigned() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Tokens.Issuer,
        Audience = Tokens.Audience,
        Claims = new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = "admin" },
        Expires = DateTime.UtcNow.AddHours(1),
    });

    private static string WrongKey() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Tokens.Issuer,
        Audience = Tokens.Audience,
        Claims = new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = "admin" },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("not-the-api-key-but-long-enough-0123456789")), SecurityAlgorithms.HmacSha256),
    });
}
