using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>UMKM: registration, mapping, mentoring steps, reassignment, graduation and withdrawal.</summary>
public static class UmkmEndpoints
{
    public static IEndpointRouteBuilder MapUmkmApi(this IEndpointRouteBuilder routes)
    {
        var umkm = routes.MapGroup("/umkm").WithTags("UMKM");
        umkm.MapPost("/", RegisterAsync).RequireAuthorization(Policies.Staff);
        umkm.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.Mentoring);
        umkm.MapGet("/{id}/overdue", OverdueAsync).RequireAuthorization(Policies.Mentoring);
        umkm.MapPost("/{id}/needs", (string id, MapNeedsRequest body, Access access) =>
            access.StaffCommandAsync(id, (g, c) => g.MapNeedsAsync(body.Tracks ?? [], c)));
        umkm.MapPost("/{id}/mentoring", (string id, WhenRequest? body, Access access) =>
            access.StaffCommandAsync(id, (g, c) => g.BeginMentoringAsync(c with { At = body?.At })));
        umkm.MapPost("/{id}/steps/{track}/{step}/start", (string id, string track, string step, WhenRequest? body, Access access) =>
            access.StepCommandAsync(id, (g, c) => g.StartStepAsync(track, step, c with { At = body?.At })));
        umkm.MapPost("/{id}/steps/{track}/{step}/complete", (string id, string track, string step, CompleteStepRequest? body, Access access) =>
            access.StepCommandAsync(id, (g, c) => g.CompleteStepAsync(track, step, body?.Value, c with { At = body?.At })));
        umkm.MapPost("/{id}/steps/{track}/{step}/return", (string id, string track, string step, ReasonRequest body, Access access) =>
            access.StepCommandAsync(id, (g, c) => g.ReturnStepAsync(track, step, c with { Reason = body.Reason, At = body.At })));
        umkm.MapPost("/{id}/steps/{track}/{step}/skip", (string id, string track, string step, ReasonRequest body, Access access) =>
            access.StepCommandAsync(id, (g, c) => g.SkipStepAsync(track, step, c with { Reason = body.Reason, At = body.At })));
        umkm.MapPost("/{id}/reassign", (string id, ReassignRequest body, Access access) =>
            access.StaffCommandAsync(id, (g, c) => g.ReassignMentorAsync(body.MentorId!, c with { Reason = body.Reason }),
                string.IsNullOrWhiteSpace(body.MentorId) ? Problems.Invalid("mentorId", "Name the mentor to reassign the mentee to.") : null));
        umkm.MapPost("/{id}/graduate", (string id, WhenRequest? body, Access access) =>
            access.StaffCommandAsync(id, (g, c) => g.GraduateAsync(c with { At = body?.At })));
        umkm.MapPost("/{id}/withdraw", (string id, ReasonRequest body, Access access) =>
            access.StaffCommandAsync(id, (g, c) => g.WithdrawAsync(c with { Reason = body.Reason, At = body.At })));
        return routes;
    }

    private static async Task<IResult> RegisterAsync(RegisterUmkmRequest body, Access access)
    {
        var registration = body.ToRegistration();
        if (!access.Wilayah.IsKelurahan(registration.Profile.KelurahanCode))
        {
            return Problems.Invalid("kelurahanCode", $"'{registration.Profile.KelurahanCode}' is not one of West Jakarta's 56 kelurahan codes (e.g. 31.73.04.1001).");
        }
        if (!access.Caller.MaySee(registration.Profile.KelurahanCode, access.Wilayah))
        {
            return Problems.Forbidden($"Your token covers {access.Caller.Wilayah}, not kelurahan {registration.Profile.KelurahanCode}.");
        }
        // The grain's own rule, checked at the edge too: an invalid request never reaches a grain.
        if (UmkmRegistrationRules.Validate(registration, access.Wilayah) is { } invalid)
        {
            return Problems.From(invalid);
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? UmkmIds.New() : body.Id.Trim();
        if (!UmkmIds.IsValid(id))
        {
            return Problems.Invalid("id", UmkmIds.Rule);
        }
        var grain = access.Grains.GetGrain<IUmkmGrain>(id);
        var result = await grain.RegisterAsync(registration, access.Caller.Context());
        return await Problems.AnswerAsync(result, grain.GetAsync, $"/api/umkm/{id}");
    }

    /// <summary>This UMKM's overdue steps, each with why, and who was nudged when.</summary>
    private static async Task<IResult> OverdueAsync(string id, Access access)
    {
        var (state, problem) = await access.LoadAsync(id, allowMentor: true);
        return problem ?? TypedResults.Ok(OverdueStep.Of(state!, WorkingCalendar.Today(access.Time), access.Data).ToList());
    }

    private static async Task<IResult> GetAsync(string id, Access access)
    {
        var (state, problem) = await access.LoadAsync(id, allowMentor: true);
        return problem ?? TypedResults.Ok(state);
    }
}
