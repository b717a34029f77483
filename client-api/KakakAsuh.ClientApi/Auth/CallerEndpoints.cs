using KakakAsuh.ClientApi.Http;

namespace KakakAsuh.ClientApi.Auth;

/// <summary>Who the bearer token says the caller is: the pages show it after sign-in and pick the caller's area from it.</summary>
public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapCallerApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/me", (Access access) =>
        {
            var caller = access.Caller;
            var role = caller.IsStaff ? (caller.IsAdmin ? Roles.Admin : Roles.Staff)
                : caller.IsDistrictHead ? Roles.DistrictHead
                : caller.MentorId is not null ? Roles.Mentor
                : "none";
            var area = caller.MentorId is not null && !caller.IsStaff ? null : access.Wilayah.Find(caller.HomeArea(access.Wilayah));
            return TypedResults.Ok(new CallerView(caller.Name, role, caller.Wilayah, area?.Code, area?.Name, area?.Level.ToString().ToLowerInvariant(), caller.MentorId, caller.IsStaff));
        }).WithTags("Caller");
        return routes;
    }
}
