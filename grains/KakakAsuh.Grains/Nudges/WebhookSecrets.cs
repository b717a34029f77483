using Microsoft.AspNetCore.DataProtection;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// Webhook signing secrets as grain state holds them: encrypted with ASP.NET Core Data Protection, whose key ring
/// every silo shares in the programme's table storage (<c>StorageSetup.AddProgrammeKeyRing</c>). The secret itself
/// must be kept (the signature is an HMAC under it), so it is protected rather than hashed; a reader of grain state
/// (a state dump, the operator dashboard, a backup of the state table) sees only the protected form.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private const string Prefix = "dp1:";
    private readonly IDataProtector protector = provider.CreateProtector("KakakAsuh.Webhooks.SigningSecret");

    /// <summary>Whether a stored value is already protected (values written before secrets were protected are not).</summary>
    public static bool IsProtected(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The value to store for a secret; an already protected value is kept as it is.</summary>
    public string Protect(string secret) => IsProtected(secret) ? secret : Prefix + protector.Protect(secret);

    /// <summary>The secret a stored value protects (a value stored before protection is the secret itself).</summary>
    public string Reveal(string stored) => IsProtected(stored) ? protector.Unprotect(stored[Prefix.Length..]) : stored;
}
