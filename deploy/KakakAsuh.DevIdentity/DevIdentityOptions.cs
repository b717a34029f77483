namespace KakakAsuh.DevIdentity;

/// <summary>The development provider's settings (configuration section <c>DevIdentity</c>).</summary>
public sealed class DevIdentityOptions
{
    public const string Section = "DevIdentity";

    /// <summary>Where the provider keeps its signing and encryption keys, so tokens and sessions survive a restart.</summary>
    public string KeyFolder { get; set; } = ".dev-identity";

    /// <summary>The audience of the access tokens it issues: the client API.</summary>
    public string Audience { get; set; } = "kakak-asuh-api";

    /// <summary>The client API as a confidential client (authorization code + PKCE) for the pages.</summary>
    public PagesClient Pages { get; set; } = new();

    /// <summary>The public client scripts use for the password grant (no browser).</summary>
    public string ScriptClientId { get; set; } = "kakak-asuh-scripts";

    public List<DemoAccount> Accounts { get; set; } = [];

    public DemoAccount? Find(string? userName) =>
        Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName?.Trim(), StringComparison.OrdinalIgnoreCase));

    public sealed class PagesClient
    {
        public string ClientId { get; set; } = "kakak-asuh-pages";

        public string ClientSecret { get; set; } = "";

        /// <summary>The client API's own addresses: its <c>/signin-oidc</c> and <c>/signout-callback-oidc</c> are allowed.</summary>
        public List<string> ApiUrls { get; set; } = ["http://127.0.0.1:5080"];
    }
}
