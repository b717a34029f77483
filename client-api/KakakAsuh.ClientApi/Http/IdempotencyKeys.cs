using System.Buffers.Binary;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using KakakAsuh.ServiceDefaults.Auth;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// The key an <c>Idempotency-Key</c>'s stored answer lives under: a SHA-256 over length-prefixed parts, so no two
/// callers' parts join to the same text (<c>a|b</c> + <c>c</c> against <c>a</c> + <c>b|c</c>), and over everything the
/// answer depended on besides the request: who asks and with which rights (roles, <c>wilayah</c>, <c>mentor_id</c>,
/// <c>pdp_access</c>). The same person with a token of another role or area runs the request again, under their own
/// rights, instead of being handed the answer the other token was given.
/// </summary>
public static class IdempotencyKeys
{
    public static string For(ClaimsPrincipal user, string key)
    {
        var subject = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "";
        string[] roles = [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal)];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, subject);
        Append(sha, roles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var role in roles)
        {
            Append(sha, role);
        }
        Append(sha, user.FindFirstValue(ProgrammeClaims.Wilayah) ?? "");
        Append(sha, user.FindFirstValue(ProgrammeClaims.MentorId) ?? "");
        Append(sha, user.FindFirstValue(ProgrammeClaims.PdpAccess) ?? "");
        Append(sha, key);
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static void Append(IncrementalHash sha, string part)
    {
        var bytes = Encoding.UTF8.GetBytes(part);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        sha.AppendData(length);
        sha.AppendData(bytes);
    }
}
