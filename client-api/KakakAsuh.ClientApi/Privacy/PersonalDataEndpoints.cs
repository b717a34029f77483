using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Privacy;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Results<Ok<PersonalDataExport>, Refused>> ExportAsync(string id, HttpRequest request, Access access, AccessLogWriter log)
    {
        if (Purpose(request) is not { } purpose)
        {
            return MissingPurpose(request);
        }
        var (state, problem) = await access.LoadUmkmAsync(id, Permitted.Staff);
        if (problem is not null)
        {
            return problem;
        }
        await log.RecordAsync(access.Caller, id, PersonalDataFilter.Fields(state!.Profile), AccessLogWriter.Export, purpose);
        return TypedResults.Ok(PersonalDataExport.From(state, access.Time.GetUtcNow()));
    }

    private static async Task<Results<Ok<UmkmState>, Refused>> CorrectAsync(string id, PersonalDataCorrectionRequest body, HttpRequest request, Access access, AccessLogWriter log)
    {
        if (Purpose(request) is not { } purpose)
        {
            return MissingPurpose(request);
        }
        var correction = new PersonalDataCorrection { OwnerName = body.OwnerName, Nik = body.Nik, Phone = body.Phone };
        var answer = await access.SendAsync<IUmkmGrain, UmkmState>(id, AccessRules.UmkmNotFound, (g, c) => g.CorrectPersonalDataAsync(correction, c with { Reason = purpose }));
        if (answer.Result is Ok<UmkmState>)
        {
            string[] fields = [.. new[] { ("ownerName", body.OwnerName), ("nik", body.Nik), ("phone", body.Phone) }.Where(f => f.Item2 is not null).Select(f => f.Item1)];
            await log.RecordAsync(access.Caller, id, fields, AccessLogWriter.Correct, purpose);
        }
        return answer;
    }

    /// <summary>The purpose goes to the access log only: the history records that the erasure happened, by whom and when.</summary>
    private static async Task<Results<Ok<UmkmState>, Refused>> EraseAsync(string id, HttpRequest request, Access access, AccessLogWriter log)
    {
        if (Purpose(request) is not { } purpose)
        {
            return MissingPurpose(request);
        }
        var answer = await access.SendAsync<IUmkmGrain, UmkmState>(id, AccessRules.UmkmNotFound, (g, c) => g.ErasePersonalDataAsync(c));
        if (answer.Result is Ok<UmkmState>)
        {
            await log.RecordAsync(access.Caller, id, ["ownerName", "nik", "phone"], AccessLogWriter.Erase, purpose);
        }
        return answer;
    }

    /// <summary>The purpose the caller stated for processing the owner's data, or null.</summary>
    private static string? Purpose(HttpRequest request) => AccessPurpose.Of(request).Purpose;

    private static Refused MissingPurpose(HttpRequest request) =>
        Problems.Invalid(AccessPurpose.Header, AccessPurpose.Of(request).Problem ?? $"State why you process this owner's data in the {AccessPurpose.Header} header.");

    /// <summary>The access log, newest first, filtered by UMKM, actor and action, over a range of Jakarta days (default: the last 30).</summary>
    private static async Task<Results<Ok<Page<AccessLogEntry>>, Refused>> QueryAccessLogAsync(Access access, string? umkmId, string? actor, string? action, DateOnly? from, DateOnly? to, int? page, int? pageSize)
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
