namespace KakakAsuh.ClientApi.Auth;

/// <summary>The roles a token can carry (claim <c>role</c>).</summary>
public static class Roles
{
    public const string Staff = "staff";
    public const string Mentor = "mentor";
    public const string DistrictHead = "district-head";
    public const string Admin = "admin";

    /// <summary>The area code a token may see (claim <c>wilayah</c>): <c>31.73</c> for the city, a kecamatan code for a camat.</summary>
    public const string WilayahClaim = "wilayah";

    /// <summary>The mentor a mentor's token acts as (claim <c>mentor_id</c>).</summary>
    public const string MentorIdClaim = "mentor_id";

    /// <summary>
    /// The separate right to see and process owner data in full (claim <c>pdp_access</c> = <c>true</c>), given to
    /// named officers; it counts only together with the staff or admin role.
    /// </summary>
    public const string PersonalDataClaim = "pdp_access";
}
