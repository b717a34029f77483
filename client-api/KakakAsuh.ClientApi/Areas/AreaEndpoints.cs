using System.Text;
using KakakAsuh.ClientApi.Csv;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Areas;

/// <summary>What district heads read: live summaries, the UMKM of an area, and its overdue steps.</summary>
public static class AreaEndpoints
{
    public static IEndpointRouteBuilder MapAreaApi(this IEndpointRouteBuilder routes)
    {
        var areas = routes.MapGroup("").WithTags("Areas").RequireAuthorization(Auth.Policies.AreaReader);
        areas.MapGet("/city/summary", (Access access, DateOnly? asOf) => SummaryAsync(access.Wilayah.City.Code, AreaLevel.Kota, access, asOf));
        areas.MapGet("/districts/{kecamatanCode}/summary", (string kecamatanCode, Access access, DateOnly? asOf) => SummaryAsync(kecamatanCode, AreaLevel.Kecamatan, access, asOf));
        areas.MapGet("/kelurahan/{kelurahanCode}/summary", (string kelurahanCode, Access access, DateOnly? asOf) => SummaryAsync(kelurahanCode, AreaLevel.Kelurahan, access, asOf));
        areas.MapGet("/areas/{code}/summary", (string code, Access access, DateOnly? asOf) => SummaryAsync(code, null, access, asOf));
        areas.MapGet("/areas/{code}/history", HistoryAsync);
        areas.MapGet("/areas/{code}/breakdown", BreakdownAsync);
        areas.MapGet("/areas/{code}/summary.csv", SummaryCsvAsync).Produces<string>(StatusCodes.Status200OK, CsvFiles.ContentType);
        areas.MapGet("/areas/{code}/overdue", OverdueAsync);
        areas.MapGet("/areas/{code}/overdue.csv", OverdueCsvAsync).Produces<string>(StatusCodes.Status200OK, CsvFiles.ContentType);
        areas.MapGet("/umkm", ListUmkmAsync).WithTags("UMKM");
        return routes;
    }

    private static async Task<Results<Ok<AreaFigures>, Refused>> SummaryAsync(string code, AreaLevel? level, Access access, DateOnly? asOf)
    {
        if (Check(code, level, access) is { } problem)
        {
            return problem;
        }
        var area = access.Wilayah.Find(code)!;
        if (asOf is { } day)
        {
            var snapshot = await access.Grains.GetGrain<IAreaHistoryGrain>(code).AsOfAsync(day);
            if (snapshot is null)
            {
                return Problems.NotFound($"No figures of {area.Name} were recorded on or before {day:yyyy-MM-dd}.");
            }
            return TypedResults.Ok(AreaFigures.Of(area, snapshot, access.Data.Tracks));
        }
        var summary = await access.Grains.GetGrain<IAreaSummaryGrain>(code).GetAsync();
        return TypedResults.Ok(AreaFigures.From(area, summary, access.Data.Tracks));
    }

    /// <summary>The area's figures day by day (default: the last 90 days).</summary>
    private static async Task<Results<Ok<List<AreaDay>>, Refused>> HistoryAsync(string code, Access access, DateOnly? from, DateOnly? to)
    {
        if (Check(code, null, access) is { } problem)
        {
            return problem;
        }
        var last = to ?? WorkingCalendar.Today(access.Time);
        var first = from ?? DateOnly.FromDayNumber(Math.Max(0, last.DayNumber - 90));
        if (first > last)
        {
            return Problems.Invalid("from", "'from' is on or before 'to'.");
        }
        var area = access.Wilayah.Find(code)!;
        var days = await access.Grains.GetGrain<IAreaHistoryGrain>(code).RangeAsync(first, last);
        return TypedResults.Ok(days.Select(d => AreaDay.Of(area, d, access.Data.Tracks)).ToList());
    }

    /// <summary>The area's live figures and those of each area directly inside it (the city's kecamatan, a kecamatan's kelurahan).</summary>
    private static async Task<Results<Ok<IReadOnlyList<AreaFigures>>, Refused>> BreakdownAsync(string code, Access access)
    {
        if (Check(code, null, access) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await BreakdownRowsAsync(code, access));
    }

    /// <summary>The area and each area directly inside it, one row each: what the district page's table shows.</summary>
    private static async Task<Results<FileContentHttpResult, Refused>> SummaryCsvAsync(string code, Access access)
    {
        if (Check(code, null, access) is { } problem)
        {
            return problem;
        }
        var rows = (await BreakdownRowsAsync(code, access)).Select(r => new
        {
            r.Code,
            r.Name,
            r.Level,
            r.UmkmTotal,
            r.WithNib,
            r.WithQris,
            r.WithHalal,
            r.WithTrademark,
            r.MentorsActive,
            r.MenteesInMentoring,
            r.Graduations,
            r.StepsDone,
            r.StepsOpen,
            r.StepsOverdue,
            r.AsOf,
        });
        return TypedResults.File(Encoding.UTF8.GetBytes(CsvFiles.Write(rows)), CsvFiles.ContentType, $"summary-{code}.csv");
    }

    private static async Task<IReadOnlyList<AreaFigures>> BreakdownRowsAsync(string code, Access access)
    {
        var areas = new[] { access.Wilayah.Find(code)! }
            .Concat(access.Wilayah.Kecamatan.Concat(access.Wilayah.Kelurahan).Where(a => a.ParentCode == code))
            .ToList();
        var summaries = await Task.WhenAll(areas.Select(a => access.Grains.GetGrain<IAreaSummaryGrain>(a.Code).GetAsync()));
        return [.. areas.Zip(summaries, (a, s) => AreaFigures.From(a, s, access.Data.Tracks))];
    }

    private static async Task<Results<Ok<Page<UmkmListing>>, Refused>> ListUmkmAsync(Access access, string? kecamatan, string? kelurahan, string? status, string? track, bool? overdue, int? page, int? pageSize)
    {
        var area = kelurahan ?? kecamatan ?? access.Caller.HomeArea(access.Wilayah);
        if (Check(area, null, access) is { } problem)
        {
            return problem;
        }
        if (kelurahan is not null && kecamatan is not null && !access.Wilayah.IsWithin(kelurahan, kecamatan))
        {
            return Problems.Invalid("kelurahan", $"Kelurahan {kelurahan} is not in kecamatan {kecamatan}.");
        }
        ProgrammeStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ProgrammeStatus>(status, ignoreCase: true, out var parsed) || parsed == ProgrammeStatus.None)
            {
                return Problems.Invalid("status", $"Unknown status '{status}'. Known: registered, mapped, nominated, matched, mentoring, graduated, withdrawn.");
            }
            wanted = parsed;
        }
        if (track is not null && access.Data.Tracks.Find(track) is null)
        {
            return Problems.Invalid("track", $"Unknown track '{track}'. Known: {string.Join(", ", access.Data.Tracks.Tracks.Select(t => t.Key))}.");
        }
        if (!Paging.TryCreate(page, pageSize, out var paging, out var pagingProblem))
        {
            return pagingProblem!;
        }
        var filter = new UmkmQuery { Status = wanted, Track = track, OverdueOnly = overdue ?? false };
        return TypedResults.Ok(await AreaRoster.QueryAsync(access.Grains, access.Wilayah, area, filter, paging));
    }

    private static async Task<Results<Ok<Page<OverdueStep>>, Refused>> OverdueAsync(string code, Access access, int? page, int? pageSize)
    {
        if (Check(code, null, access) is { } problem)
        {
            return problem;
        }
        if (!Paging.TryCreate(page, pageSize, out var paging, out var pagingProblem))
        {
            return pagingProblem!;
        }
        var steps = await AllOverdueAsync(code, access);
        return TypedResults.Ok(new Page<OverdueStep>(steps.Count, paging.PageNumber, paging.PageSize, [.. steps.Skip(paging.Skip).Take(paging.PageSize)]));
    }

    /// <summary>Every overdue step of the area with its reason, one row each (nudges as a count and the last rung).</summary>
    private static async Task<Results<FileContentHttpResult, Refused>> OverdueCsvAsync(string code, Access access)
    {
        if (Check(code, null, access) is { } problem)
        {
            return problem;
        }
        var rows = (await AllOverdueAsync(code, access)).Select(s => new
        {
            s.UmkmId,
            s.BusinessName,
            s.KelurahanCode,
            s.Kelurahan,
            s.MentorId,
            s.Track,
            s.Step,
            s.StepName,
            s.Status,
            DueOn = s.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.WorkingDaysOverdue,
            s.Reason,
        });
        return TypedResults.File(Encoding.UTF8.GetBytes(CsvFiles.Write(rows)), CsvFiles.ContentType, $"overdue-{code}.csv");
    }

    /// <summary>
    /// Overdue is a matter of today's date, so it is worked out now, by the one rule, from the UMKM in mentoring with a
    /// step due before today (rows their grains keep; no UMKM grain is activated).
    /// </summary>
    private static async Task<List<OverdueStep>> AllOverdueAsync(string code, Access access)
    {
        var today = WorkingCalendar.Today(access.Time);
        var states = FreeTextView.For(access.Caller, await AreaRoster.DueByAsync(access.Grains, access.Wilayah, code, today.AddDays(-1)), access.Wilayah);
        return [.. states
            .SelectMany(s => OverdueStep.Of(s, today, access.Data))
            .OrderBy(s => s.DueOn).ThenBy(s => s.UmkmId, StringComparer.Ordinal)];
    }

    /// <summary>A 404 for an unknown area code, a 403 for an area outside the caller's token, or null.</summary>
    public static Refused? Check(string code, AreaLevel? level, Access access)
    {
        var area = access.Wilayah.Find(code);
        if (area is null || (level is not null && area.Level != level))
        {
            return Problems.NotFound($"'{code}' is not a West Jakarta {(level?.ToString().ToLowerInvariant() ?? "area")} code.");
        }
        return access.Caller.MaySee(code, access.Wilayah) ? null : Problems.Forbidden($"Your token covers {access.Caller.Wilayah ?? "no area"}, not {area.Name} ({code}).");
    }
}
