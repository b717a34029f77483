namespace KakakAsuh.DevIdentity;

/// <summary>
/// One of the programme's demo people: who signs in (user name and password) and the claims their tokens carry,
/// named as the API reads them by default (<c>role</c>, <c>wilayah</c>, <c>mentor_id</c>, <c>pdp_access</c>).
/// </summary>
public sealed class DemoAccount
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The name people see, e.g. "Camat Tambora".</summary>
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>The area the account acts in (a Kemendagri code); none for city-wide staff.</summary>
    public string? Wilayah { get; set; }

    /// <summary>The mentor a Kakak Asuh account acts for.</summary>
    public string? MentorId { get; set; }

    /// <summary>A named officer with the right to read owner data in full (UU PDP).</summary>
    public bool PdpAccess { get; set; }
}
