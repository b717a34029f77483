using System.Security.Claims;
using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>
/// Who is calling, and which area and mentees they may see; made from the token's or session's claims. A claim counts
/// only with the role it belongs to: <c>mentor_id</c> with <c>mentor</c>, <c>wilayah</c> with <c>staff</c>, <c>admin</c>
/// or <c>district-head</c>, <c>pdp_access</c> with <c>staff</c> or <c>admin</c>; without its role it is ignored.
/// </summary>
public sealed class Caller(ClaimsPrincipal user)
{
    public string Name { get; } = user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    public string? Wilayah { get; } = user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.DistrictHead)
        ? user.FindFirstValue(Roles.WilayahClaim)
        : null;

    public string? MentorId { get; } = user.IsInRole(Roles.Mentor) ? user.FindFirstValue(Roles.MentorIdClaim) : null;

    public bool IsStaff { get; } = user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    public bool IsAdmin { get; } = user.IsInRole(Roles.Admin);

    public bool IsDistrictHead { get; } = user.IsInRole(Roles.DistrictHead);

    /// <summary>A named officer (staff or admin) granted the right to personal data in full.</summary>
    public bool HasPersonalDataRight { get; } = (user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin)) && user.HasClaim(Roles.PersonalDataClaim, "true");

    /// <summary>The actor recorded in histories: role and name.</summary>
    public string Actor => IsStaff ? $"staff:{Name}" : MentorId is not null ? $"mentor:{MentorId}" : $"user:{Name}";

    /// <summary>
    /// What the caller may act on, sent with each of its commands for the grain to check against its own state: staff
    /// their area (the city without a claim), a mentor its mentees' steps; anyone else nothing.
    /// </summary>
    public CallerScope Scope => IsStaff ? CallerScope.Staff(Wilayah) : MentorId is not null ? CallerScope.Mentor(MentorId) : new CallerScope(IsStaff: false);

    public CommandContext Context(string? reason = null, DateTimeOffset? at = null) => new(Actor, reason, at, Scope);

    /// <summary>
    /// Whether the caller may see <paramref name="areaCode"/> (or anything inside it): staff without a
    /// <c>wilayah</c> claim see the whole city; staff with one and district heads see their area.
    /// </summary>
    public bool MaySee(string areaCode, WilayahCatalog wilayah)
    {
        if (IsStaff)
        {
            return Wilayah is null || wilayah.IsWithin(areaCode, Wilayah);
        }
        return IsDistrictHead && Wilayah is not null && wilayah.IsWithin(areaCode, Wilayah);
    }

    /// <summary>The area the caller may list by default.</summary>
    public string HomeArea(WilayahCatalog wilayah) => Wilayah ?? wilayah.City.Code;
}
