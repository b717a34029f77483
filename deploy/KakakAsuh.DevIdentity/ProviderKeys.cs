using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace KakakAsuh.DevIdentity;

/// <summary>
/// The provider's RSA keys (one signs tokens, one encrypts its own codes), kept as PEM files in the key folder: made
/// on the first start, read on every later one, so a restart keeps every token and session valid. The API never
/// holds them: it reads the public signing key from the provider's JWKS.
/// </summary>
public static class ProviderKeys
{
    public static RsaSecurityKey LoadOrCreate(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            var temporary = path + ".new";
            File.WriteAllText(temporary, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            File.Move(temporary, path, overwrite: false);
        }
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant() };
    }
}
