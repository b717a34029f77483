namespace KakakAsuh.ServiceDefaults.Auth;

/// <summary>
/// Which claims of the identity provider's tokens carry the programme's claims (configuration section
/// <c>Authentication:Claims</c>). The defaults fit the development provider and Keycloak with claim mappers of those
/// names; for Microsoft Entra ID set <c>Role</c> to <c>roles</c> (app roles) and the others to the optional or
/// extension claims that hold them. <see cref="RoleValues"/> translates the provider's role values to the
/// programme's (e.g. <c>KakakAsuh.Staff</c> → <c>staff</c>).
/// </summary>
public sealed class ProgrammeClaimOptions
{
    public const string Section = "Authentication:Claims";

    /// <summary>The claims to take the person's name from, the first present wins.</summary>
    public List<string> Name { get; set; } = ["name", "preferred_username", "unique_name", "sub"];

    public string Role { get; set; } = "role";

    public string Wilayah { get; set; } = "wilayah";

    public string MentorId { get; set; } = "mentor_id";

    public string PdpAccess { get; set; } = "pdp_access";

    /// <summary>Provider role value → programme role; a value not listed is taken as it is.</summary>
    public Dictionary<string, string> RoleValues { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
