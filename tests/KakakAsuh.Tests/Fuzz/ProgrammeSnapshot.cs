using KakakAsuh.Nudges;
using KakakAsuh.Privacy;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Fuzz;

/// <summary>
/// What a fuzz run must leave as it found it: the counts of every area summary, the registries of mentors, rounds
/// and webhooks, the access log, and the whole state of every grain a request named.
/// </summary>
public static class ProgrammeSnapshot
{
    public static async Task<string> TakeAsync(IGrainFactory grains, IEnumerable<string> ids)
    {
        var lines = new List<string>();
        foreach (var area in Samples.Data.Wilayah.Kecamatan.Concat(Samples.Data.Wilayah.Kelurahan).Select(a => a.Code).Prepend(Samples.Data.Wilayah.City.Code))
        {
            var summary = await grains.GetGrain<IAreaSummaryGrain>(area).GetAsync();
            lines.Add($"{area} {summary.Sources} {Snapshot.Of(new SortedDictionary<string, long>(summary.Counts.ToDictionary(c => c.Key, c => c.Value), StringComparer.Ordinal))}");
        }
        lines.Add("mentors " + Snapshot.Of(await grains.GetGrain<IRegistryGrain>(Registries.Mentors).ListAsync()));
        lines.Add("rounds " + Snapshot.Of(await grains.GetGrain<IRegistryGrain>(Registries.Rounds).ListAsync()));
        lines.Add("webhooks " + Snapshot.Of((await grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync()).Select(w => w.Id)));
        lines.Add("access-log days " + Snapshot.Of(await grains.GetGrain<IAccessLogIndexGrain>(IAccessLogIndexGrain.Key).DaysAsync(DateOnly.MinValue, DateOnly.MaxValue)));
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            lines.Add($"{id}: umkm {Snapshot.Of(await grains.GetGrain<IUmkmGrain>(id).GetAsync())}");
            lines.Add($"{id}: mentor {Snapshot.Of(await grains.GetGrain<IMentorGrain>(id).GetAsync())}");
            lines.Add($"{id}: round {Snapshot.Of(await grains.GetGrain<ICurationRoundGrain>(id).GetAsync())}");
        }
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Takes snapshots until two in a row agree: reports from earlier commands may still be on their way. Fails after a
    /// minute, naming the lines that kept changing.
    /// </summary>
    public static async Task<string> SettledAsync(IGrainFactory grains, IEnumerable<string> ids)
    {
        var last = await TakeAsync(grains, ids);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            var now = await TakeAsync(grains, ids);
            if (now == last)
            {
                return now;
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                var changing = now.Split('\n').Except(last.Split('\n'));
                throw new TimeoutException("The programme did not settle within a minute; still changing:\n" + string.Join('\n', changing));
            }
            last = now;
        }
    }
}
