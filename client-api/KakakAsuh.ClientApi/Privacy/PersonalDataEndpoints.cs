using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Privacy;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>
/// Data-subject requests (UU PDP 27/2022) on a UMKM's owner data: export, correction, erasure. Each needs the
/// personal-data right and a stated purpose, and is written to the access log, which admins query.
/// </summary>
public static class PersonalDataEndpoints
{
    /// <summary>The longest range of days one access-log query covers.</summary>
    public const int MaxQueryDays = 366;

    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder routes)
    {
        var data = routes.MapGroup("/umkm/{id}/personal-data").WithTags("Personal data").RequireAuthorization(Policies.PersonalData);
        data.MapGet("/", ExportAsync);
        data.MapPut("/", CorrectAsync);
        data.MapDelete("/", EraseAsync);
        routes.MapGet("/privacy/access-log", QueryAccessLogAsync).WithTags("Personal data").RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static async Task<IResult> ExportAsync(string id, HttpRequest request, Access access, AccessLogWriter log)
    {
        var (purpose, problem) = await CheckAsync(id, request, access);
        if (problem is not null)
        {
            return problem;
        }
        var state = (await access.Grains.GetGrain<IUmkmGrain>(id).GetAsync())!;
        await log.RecordAsync(access.Caller, id, PersonalDataFilter.Fields(state.Profile), AccessLogWriter.Export, purpose!);
        return TypedResults.Ok(PersonalDataExport.From(state, access.Time.GetUtcNow()));
    }

    private static async Task<IResult> CorrectAsync(string id, PersonalDataCorrectionRequest body, HttpRequest request, Access access, AccessLogWriter log)
    {
        var (purpose, problem) = await CheckAsync(id, request, access);
        if (problem is not null)
        {
            return problem;
        }
        var grain = access.Grains.GetGrain<IUmkmGrain>(id);
        var correction = new PersonalDataCorrection { OwnerName = body.OwnerName, Nik = body.Nik, Phone = body.Phone };
        var result = await grain.CorrectPersonalDataAsync(correction, access.Caller.Context(purpose));
        if (result.Accepted)
        {
            string[] fields = [.. new[] { ("ownerName", body.OwnerName), ("nik", body.Nik), ("phone", body.Phone) }.Where(f => f.Item2 is not null).Select(f => f.Item1)];
            await log.RecordAsync(access.Caller, id, fields, AccessLogWriter.Correct, purpose!);
        }
        return await Problems.AnswerAsync(result, grain.GetAsync);
    }

    private static async Task<IResult> EraseAsync(string id, HttpRequest request, Access access, AccessLogWriter log)
    {
        var (purpose, problem) = await CheckAsync(id, request, access);
        if (problem is not null)
        {
            return problem;
        }
        var grain = access.Grains.GetGrain<IUmkmGrain>(id);
        var result = await grain.ErasePersonalDataAsync(access.Caller.Context(purpose));
        if (result.Accepted)
        {
            await log.RecordAsync(access.Caller, id, ["ownerName", "nik", "phone"], AccessLogWriter.Erase, purpose!);
        }
        return await Problems.AnswerAsync(result, grain.GetAsync);
    }

    /// <summary>The caller may see the UMKM (staff of its area) and stated a purpose.</summary>
    private static async Task<(string? Purpose, IResult? Problem)> CheckAsync(string id, HttpRequest request, Access access)
    {
        var (purpose, invalid) = AccessPurpose.Of(request);
        if (purpose is null)
        {
            return (null, Problems.Invalid(AccessPurpose.Header, invalid ?? $"State why you process this owner's data in the {AccessPurpose.Header} header."));
        }
        var (_, problem) = await access.LoadAsync(id, allowMentor: false);
        return (purpose, problem);
    }

    /// <summary>The access log, newest first, filtered by UMKM, actor and action, over a range of Jakarta days (default: the last 30).</summary>
    private static async Task<IResult> QueryAccessLogAsync(Access access, string? umkmId, string? actor, string? action, DateOnly? from, DateOnly? to, int? page, int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize, out var paging, out var pagingProblem))
        {
            return pagingProblem!;
        }
        var last = to ?? WorkingCalendar.Today(access.Time);
        var first = from ?? DateOnly.FromDayNumber(Math.Max(0, last.DayNumber - 30));
        if (first > last || last.DayNumber - first.DayNumber >= MaxQueryDays)
        {
            return Problems.Invalid("from", $"'from' is on or before 'to', at most {MaxQueryDays} days apart.");
        }
        var query = new AccessLogQuery { UmkmId = umkmId, Actor = actor, Action = action };
        var days = await access.Grains.GetGrain<IAccessLogIndexGrain>(IAccessLogIndexGrain.Key).DaysAsync(first, last);
        var entries = await Task.WhenAll(days.Select(d => access.Grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(d)).QueryAsync(query)));
        var all = entries.SelectMany(e => e).OrderByDescending(e => e.At).ToList();
        return TypedResults.Ok(new Page<AccessLogEntry>(all.Count, paging.PageNumber, paging.PageSize, [.. all.Skip(paging.Skip).Take(paging.PageSize)]));
    }
}
