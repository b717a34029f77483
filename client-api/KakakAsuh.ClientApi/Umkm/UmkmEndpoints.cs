using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

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
            CommandAsync(id, access, (g, c) => g.MapNeedsAsync(body.Tracks ?? [], c)));
        umkm.MapPost("/{id}/mentoring", (string id, WhenRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.BeginMentoringAsync(c with { At = body?.At })));
        umkm.MapPost("/{id}/steps/{track}/{step}/start", (string id, string track, string step, WhenRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.StartStepAsync(track, step, c with { At = body?.At }), mentorMayAct: true));
        umkm.MapPost("/{id}/steps/{track}/{step}/complete", (string id, string track, string step, CompleteStepRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.CompleteStepAsync(track, step, body?.Value, c with { At = body?.At }), mentorMayAct: true));
        umkm.MapPost("/{id}/steps/{track}/{step}/return", (string id, string track, string step, ReasonRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.ReturnStepAsync(track, step, c with { Reason = body.Reason, At = body.At }), mentorMayAct: true));
        umkm.MapPost("/{id}/steps/{track}/{step}/skip", (string id, string track, string step, ReasonRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.SkipStepAsync(track, step, c with { Reason = body.Reason, At = body.At }), mentorMayAct: true));
        umkm.MapPost("/{id}/reassign", (string id, ReassignRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.ReassignMentorAsync(body.MentorId ?? "", c with { Reason = body.Reason })));
        umkm.MapPost("/{id}/graduate", (string id, WhenRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.GraduateAsync(c with { At = body?.At })));
        umkm.MapPost("/{id}/withdraw", (string id, ReasonRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.WithdrawAsync(c with { Reason = body.Reason, At = body.At })));
        return routes;
    }

    private static async Task<Results<Created<UmkmState>, Refused>> RegisterAsync(RegisterUmkmRequest body, Access access)
    {
        var registration = body.ToRegistration();
        if (!access.Wilayah.IsKelurahan(registration.Profile.KelurahanCode))
        {
            return Problems.Invalid("kelurahanCode", $"'{registration.Profile.KelurahanCode}' is not one of West Jakarta's 56 kelurahan codes (e.g. 31.73.04.1001).");
        }
        // A new UMKM has no area to check yet: its kelurahan in the request is the one the caller's token must cover.
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
        var result = await access.Grains.GetGrain<IUmkmGrain>(id).RegisterAsync(registration, access.Caller.Context());
        return Commands.AnswerCreated(result, $"/api/umkm/{id}");
    }

    /// <summary>This UMKM's overdue steps, each with why, and who was nudged when.</summary>
    private static async Task<Results<Ok<List<OverdueStep>>, Refused>> OverdueAsync(string id, Access access)
    {
        var (state, problem) = await access.LoadUmkmAsync(id, Permitted.StaffOrOwnMentor);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(OverdueStep.Of(state!, WorkingCalendar.Today(access.Time), access.Data).ToList());
    }

    private static async Task<Results<Ok<UmkmState>, Refused>> GetAsync(string id, Access access)
    {
        var (state, problem) = await access.LoadUmkmAsync(id, Permitted.StaffOrOwnMentor);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(state!);
    }

    /// <summary>
    /// A command on a UMKM: Sudin staff, or for its steps (<paramref name="mentorMayAct"/>) a mentor, may send one; the
    /// grain then checks the caller's area or mentorship against the UMKM itself.
    /// </summary>
    private static async Task<Results<Ok<UmkmState>, Refused>> CommandAsync(
        string id, Access access, Func<IUmkmGrain, CommandContext, Task<CommandResult<UmkmState>>> command, bool mentorMayAct = false)
    {
        if (!access.Caller.IsStaff && !(mentorMayAct && access.Caller.MentorId is not null))
        {
            return Problems.Forbidden("Only Sudin staff (or, for its steps, the UMKM's mentor) may do this.");
        }
        return await access.SendAsync(id, AccessRules.UmkmNotFound, command);
    }
}
