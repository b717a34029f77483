using System.Text;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Csv;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.Mentors;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Umkm;

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
        mentors.MapGet("/{id}/mentees.csv", MenteesCsvAsync).RequireAuthorization(Policies.Mentoring);
        mentors.MapPost("/{id}/select", (string id, ReasonRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.SelectAsync(c with { Reason = body?.Reason }))).RequireAuthorization(Policies.Staff);
        mentors.MapPost("/{id}/capacity", (string id, CapacityRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.SetCapacityAsync(body.Capacity ?? 0, c))).RequireAuthorization(Policies.Staff);
        mentors.MapPost("/{id}/deactivate", (string id, ReasonRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.DeactivateAsync(c with { Reason = body.Reason }))).RequireAuthorization(Policies.Staff);
        return routes;
    }

    private static async Task<IResult> RegisterAsync(RegisterMentorRequest body, Access access)
    {
        var registration = body.ToRegistration();
        if (access.Wilayah.IsKecamatan(registration.KecamatanCode) && !access.Caller.MaySee(registration.KecamatanCode, access.Wilayah))
        {
            return Problems.Forbidden($"Your token covers {access.Caller.Wilayah}, not kecamatan {registration.KecamatanCode}.");
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? MentorIds.FromName(registration.Name) : body.Id.Trim();
        if (!UmkmIds.IsValid(id))
        {
            return Problems.Invalid("id", "A mentor id is 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        var grain = access.Grains.GetGrain<IMentorGrain>(id);
        var result = await grain.RegisterAsync(registration, access.Caller.Context());
        return await Problems.AnswerAsync(result, grain.GetAsync, $"/api/mentors/{id}");
    }

    private static async Task<IResult> ListAsync(Access access, string? kecamatan)
    {
        var area = kecamatan ?? access.Caller.HomeArea(access.Wilayah);
        if (access.Wilayah.Find(area) is null)
        {
            return Problems.NotFound($"'{area}' is not a West Jakarta area code.");
        }
        if (!access.Caller.MaySee(area, access.Wilayah))
        {
            return Problems.Forbidden($"Your token does not cover {area}.");
        }
        var ids = await access.Grains.GetGrain<IRegistryGrain>(Registries.Mentors).ListAsync();
        var states = await Task.WhenAll(ids.Select(id => access.Grains.GetGrain<IMentorGrain>(id).GetAsync()));
        var inArea = states.OfType<MentorState>().Where(m => access.Wilayah.IsWithin(m.KelurahanCode ?? m.KecamatanCode, area)).ToList();
        return TypedResults.Ok(inArea.Select(m => new
        {
            m.Id,
            m.Name,
            m.KecamatanCode,
            Kecamatan = access.Wilayah.Find(m.KecamatanCode)?.Name,
            m.KelurahanCode,
            Status = m.Status.ToString(),
            m.Capacity,
            Mentees = m.Mentees.Count + m.Alumni.Count,
            InMentoring = m.Mentees.Count,
            m.Graduated,
        }));
    }

    private static async Task<IResult> GetAsync(string id, Access access)
    {
        var (mentor, problem) = await LoadAsync(id, access);
        return problem ?? TypedResults.Ok(new MentorView(mentor!, await MenteesAsync(mentor!, access)));
    }

    private static async Task<IResult> MenteesCsvAsync(string id, Access access)
    {
        var (mentor, problem) = await LoadAsync(id, access);
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
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv", $"mentees-{id}.csv");
    }

    private static async Task<(MentorState? Mentor, IResult? Problem)> LoadAsync(string id, Access access)
    {
        var mentor = UmkmIds.IsValid(id) ? await access.Grains.GetGrain<IMentorGrain>(id).GetAsync() : null;
        if (mentor is null)
        {
            return (null, Problems.NotFound($"No mentor is registered under '{id}'."));
        }
        var allowed = access.Caller.IsStaff ? access.Caller.MaySee(mentor.KecamatanCode, access.Wilayah) : access.Caller.MentorId == id;
        return allowed ? (mentor, null) : (null, Problems.Forbidden($"Mentor {id} is outside what your token allows."));
    }

    private static async Task<IResult> CommandAsync(string id, Access access, Func<IMentorGrain, CommandContext, Task<CommandResult>> command)
    {
        var (_, problem) = await LoadAsync(id, access);
        if (problem is not null)
        {
            return problem;
        }
        var grain = access.Grains.GetGrain<IMentorGrain>(id);
        var result = await command(grain, access.Caller.Context());
        return await Problems.AnswerAsync(result, grain.GetAsync);
    }

    private static async Task<IReadOnlyList<MenteeProgress>> MenteesAsync(MentorState mentor, Access access)
    {
        var today = WorkingCalendar.Today(access.Time);
        var states = await Task.WhenAll(mentor.Mentees.Concat(mentor.Alumni).Select(id => access.Grains.GetGrain<IUmkmGrain>(id).GetAsync()));
        return [.. states.OfType<UmkmState>().Select(s => Progress(s, today))];
    }

    public static MenteeProgress Progress(UmkmState state, DateOnly today)
    {
        var steps = state.Plan.SelectMany(t => t.Steps).ToList();
        return new MenteeProgress(
            state.Id,
            state.Profile.BusinessName,
            state.Profile.KelurahanCode,
            state.Status.ToString(),
            steps.Count(s => s.Status == StepStatus.Done),
            steps.Count,
            state.Status == ProgrammeStatus.Mentoring ? steps.Count(s => s.IsOverdueOn(today)) : 0,
            [.. state.Plan.Select(t => new TrackProgress(t.Track, t.Steps.Count(s => s.IsClosed), t.Steps.Count, t.Steps.FirstOrDefault(s => !s.IsClosed)?.Key))]);
    }
}
