using KakakAsuh.ClientApi.Areas;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Worklist;

/// <summary>
/// The staff worklist of an area: for every UMKM in mentoring, the next open step of each track when it is
/// overdue or due within <c>dueWithin</c> working days, soonest first. Acting on an item is one call of the
/// step, return or reassign command.
/// </summary>
public static class WorklistEndpoints
{
    public const int DefaultDueWithin = 5;
    public const int MaxDueWithin = 60;

    public static IEndpointRouteBuilder MapWorklistApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/areas/{code}/worklist", WorklistAsync).WithTags("Areas").RequireAuthorization(Auth.Policies.AreaReader);
        return routes;
    }

    private static async Task<Results<Ok<Page<WorkItem>>, Refused>> WorklistAsync(string code, Access access, int? dueWithin, int? page, int? pageSize)
    {
        if (AreaEndpoints.Check(code, null, access) is { } problem)
        {
            return problem;
        }
        if (dueWithin is < 0 or > MaxDueWithin)
        {
            return Problems.Invalid("dueWithin", $"'dueWithin' is 0 to {MaxDueWithin} working days.");
        }
        if (!Paging.TryCreate(page, pageSize, out var paging, out var pagingProblem))
        {
            return pagingProblem!;
        }
        var today = WorkingCalendar.Today(access.Time);
        var horizon = access.Data.Calendar.AddWorkingDays(today, dueWithin ?? DefaultDueWithin);
        var states = FreeTextView.For(access.Caller, await AreaRoster.DueByAsync(access.Grains, access.Wilayah, code, horizon), access.Wilayah);
        var items = states
            .SelectMany(s => WorkItem.Of(s, today, horizon, access.Data))
            .OrderBy(i => i.DueOn).ThenBy(i => i.UmkmId, StringComparer.Ordinal).ThenBy(i => i.Track, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new Page<WorkItem>(items.Count, paging.PageNumber, paging.PageSize, [.. items.Skip(paging.Skip).Take(paging.PageSize)]));
    }
}
