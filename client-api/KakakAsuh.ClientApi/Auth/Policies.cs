namespace KakakAsuh.ClientApi.Auth;

/// <summary>The authorization policies endpoints require.</summary>
public static class Policies
{
    /// <summary>Sudin staff (and admins): every workflow command.</summary>
    public const string Staff = "staff";
    /// <summary>Staff and district heads: figures and lists of an area.</summary>
    public const string AreaReader = "area-reader";
    /// <summary>Staff and mentors: a UMKM's detail and its step progress (a mentor only for its own mentees).</summary>
    public const string Mentoring = "mentoring";
    /// <summary>Staff and admins holding <see cref="Roles.PersonalDataClaim"/>: data-subject requests.</summary>
    public const string PersonalData = "personal-data";
    /// <summary>Admins: webhooks and the personal-data access log.</summary>
    public const string Admin = "admin";

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff, Roles.Admin));
        options.AddPolicy(AreaReader, p => p.RequireRole(Roles.Staff, Roles.Admin, Roles.DistrictHead));
        options.AddPolicy(Mentoring, p => p.RequireRole(Roles.Staff, Roles.Admin, Roles.Mentor));
        options.AddPolicy(PersonalData, p => p.RequireRole(Roles.Staff, Roles.Admin).RequireClaim(Roles.PersonalDataClaim, "true"));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
    }
}
