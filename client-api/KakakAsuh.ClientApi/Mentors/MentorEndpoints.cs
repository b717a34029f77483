using System.Text;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Csv;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Mentors;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>Kakak Asuh: registration, selection, capacity, deactivation, and their mentees' progress.</summary>
public static class MentorEndpoints
{
    public static IEndpointRouteBuilder MapMentorApi(this IEndpointRouteBuilder routes)
    {
        var mentors = routes.MapGroup("/mentors").WithTags("Mentors");
        mentors.MapPost("/", RegisterAsync).RequireAuthorization(Policies.Staff);
        mentors.MapGet("/", ListAsync).RequireAuthorization(Policies.AreaReader);
        mentors.MapGet("/{id}", GetAsync).RequireAuthorization(Policies.Mentoring);
        mentors.MapGet("/{id}/mentees.csv", MenteesCsvAsync).RequireAuthorization(Policies.Mentoring).Produces<string>(StatusCodes.Status200OK, CsvFiles.ContentType);
        mentors.MapPost("/{id}/select", (string id, SelectRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.SelectAsync(c with { Reason = body?.Reason }))).RequireAuthorization(Policies.Staff);
        mentors.MapPost("/{id}/capacity", (string id, CapacityRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.SetCapacityAsync(body.Capacity ?? 0, c))).RequireAuthorization(Policies.Staff);
        mentors.MapPost("/{id}/deactivate", (string id, ReasonRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.DeactivateAsync(c with { Reason = body.Reason }))).RequireAuthorization(Policies.Staff);
        return routes;
    }

    private static async Task<Results<Created<MentorState>, Refused>> RegisterAsync(RegisterMentorRequest body, Access access)
    {
        var registration = body.ToRegistration();
        // A new mentor has no area to check yet: its kecamatan in the request is the one the caller's token must cover.
        if (access.Wilayah.IsKecamatan(registration.KecamatanCode) && !access.Caller.MaySee(registration.KecamatanCode, access.Wilayah))
        {
            return Problems.Forbidden($"Your token covers {access.Caller.Wilayah}, not kecamatan {registration.KecamatanCode}.");
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? MentorIds.FromName(registration.Name) : body.Id.Trim();
        if (!UmkmIds.IsValid(id))
        {
            return Problems.Invalid("id", "A mentor id is 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        var result = await access.Grains.GetGrain<IMentorGrain>(id).RegisterAsync(registration, access.Caller.Context());
        return Commands.AnswerCreated(result, $"/api/mentors/{id}");
    }

    /// <summary>A page of the mentors, newest registered first (<paramref name="pageSize"/> defaults to the most a page holds), those inside the area.</summary>
    private static async Task<Results<Ok<List<MentorListItem>>, Refused>> ListAsync(Access access, string? kecamatan, int? page, int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize ?? Paging.MaxPageSize, out var paging, out var pagingProblem))
        {
            return pagingProblem!;
        }
        var area = kecamatan ?? access.Caller.HomeArea(access.Wilayah);
        if (access.Wilayah.Find(area) is null)
        {
            return Problems.NotFound($"'{area}' is not a West Jakarta area code.");
        }
        if (!access.Caller.MaySee(area, access.Wilayah))
        {
            return Problems.Forbidden($"Your token does not cover {area}.");
        }
        var ids = (await access.Grains.GetGrain<IRegistryGrain>(Registries.Mentors).PageAsync(paging.Skip, paging.PageSize)).Ids;
        var states = await Task.WhenAll(ids.Select(id => access.Grains.GetGrain<IMentorGrain>(id).GetAsync()));
        var inArea = states.OfType<MentorState>().Where(m => access.Wilayah.IsWithin(m.KelurahanCode ?? m.KecamatanCode, area));
        return TypedResults.Ok(inArea.Select(m => MentorListItem.Of(m, access.Wilayah)).ToList());
    }

    private static async Task<Results<Ok<MentorView>, Refused>> GetAsync(string id, Access access)
    {
        var (mentor, problem) = await access.LoadMentorAsync(id);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(new MentorView(mentor!, await MenteesAsync(mentor!, access)));
    }

    private static async Task<Results<FileContentHttpResult, Refused>> MenteesCsvAsync(string id, Access access)
    {
        var (mentor, problem) = await access.LoadMentorAsync(id);
        if (problem is not null)
        {
            return problem;
        }
        var mentees = await MenteesAsync(mentor!, access);
        var csv = CsvFiles.Write(mentees.Select(m => new
        {
            m.Id,
            m.BusinessName,
            m.KelurahanCode,
            Kelurahan = access.Wilayah.Find(m.KelurahanCode)?.Name,
            m.Status,
            m.StepsDone,
            m.StepsTotal,
            m.StepsOverdue,
        }));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), CsvFiles.ContentType, $"mentees-{id}.csv");
    }

    /// <summary>A staff command on a mentor: the grain checks the caller's area against the mentor's kecamatan.</summary>
    private static Task<Results<Ok<MentorState>, Refused>> CommandAsync(string id, Access access, Func<IMentorGrain, CommandContext, Task<CommandResult<MentorState>>> command) =>
        access.SendAsync(id, AccessRules.MentorNotFound, command);

    private static async Task<IReadOnlyList<MenteeProgress>> MenteesAsync(MentorState mentor, Access access)
    {
        var today = WorkingCalendar.Today(access.Time);
        var states = await Task.WhenAll(mentor.Mentees.Concat(mentor.Alumni).Select(id => access.Grains.GetGrain<IUmkmGrain>(id).GetAsync()));
        return [.. states.OfType<UmkmState>().Select(s => MenteeProgress.Of(s, today))];
    }
}
