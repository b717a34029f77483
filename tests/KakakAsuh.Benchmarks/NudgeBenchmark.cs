using System.Diagnostics;
using Azure.Data.Tables;
using KakakAsuh.Benchmarks.Hosting;
using KakakAsuh.Benchmarks.Measuring;
using KakakAsuh.Benchmarks.Scenarios;
using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Nudges;
using KakakAsuh.Umkm;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Benchmarks;

/// <summary>
/// Rows 6 and 7 (issue 4): <see cref="BenchSettings.NudgeCount"/> UMKM brought into mentoring through the grains on
/// Azurite, each with one dated open step. Row 6: starting their mentoring registers their reminders (time, memory,
/// reminder rows read back). Row 7: the programme clock jumps past the due date, and the time until every first
/// nudge (the mentor rung) is in the kecamatan outboxes, read back through the grains and from the table.
/// </summary>
public sealed class NudgeBenchmark(BenchContext bench)
{
    /// <summary>2024-10-24 09:00 in Jakarta, a Thursday: the programme's curation round.</summary>
    private static readonly DateTimeOffset ProgrammeStart = new(2024, 10, 24, 9, 0, 0, WorkingCalendar.JakartaOffset);

    private BenchSettings Settings => bench.Settings;

    public async Task RunAsync()
    {
        var count = Settings.NudgeCount;
        var period = Settings.NudgeReminderPeriod;
        var clusterId = bench.ClusterId("nudges");
        var storage = bench.Azurite.ConnectionString;
        var clock = new ProgrammeClock(ProgrammeStart);
        bench.Progress($"starting a silo (Azure table storage, reminder period {period.TotalSeconds:N0} s), cluster {clusterId}");
        await using var silo = await BenchSilo.StartAsync(bench.Storage, clusterId, configure: s =>
        {
            clock.Use(s.Services);
            s.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = period);
            s.Services.Configure<NudgeOptions>(o => (o.ReminderPeriod, o.FirstCheckAfter) = (period, period));
        });
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var data = silo.Services.GetRequiredService<ProgrammeReferenceData>();
        var tables = bench.Storage.Patient;
        var cohort = new MentoringCohort(grains, data.Wilayah, "BN");

        bench.Progress($"bringing {count:N0} UMKM to matched: {MentoringCohort.Rounds(count):N0} curation rounds of {MentoringCohort.RoundSize}, {Settings.Writers} at a time");
        var today = WorkingCalendar.Today(clock);
        var setup = await LoadRun.RunAsync(MentoringCohort.Rounds(count), Settings.Writers, Settings.NudgeSetupLimit, r => cohort.MatchRoundAsync(r, count, today));
        bench.Table.Note($"Rows 6 and 7, setup (not measured): {count:N0} UMKM registered, mapped to the {MentoringCohort.Track} track and matched through {setup.Ok:N0} closed curation rounds (one kecamatan, one mentor, {MentoringCohort.RoundSize} UMKM each) in {setup.Elapsed.TotalSeconds:N0} s, with the grains' commands{BenchContext.Failures(setup)}.");

        var registration = await RegisterRemindersAsync(grains, tables, cohort, count, clusterId);
        var template = await RawUpserts.SampleUmkmEntityAsync(tables, clusterId);
        bench.Progress($"{registration.Ok:N0} raw upserts");
        var cpu = bench.MeasureCpu();
        var raw = await RawUpserts.RunAsync(tables, "BenchNudgeFloor", "nudge", KeyLayout.Spread, template, 0, registration.Ok, Settings.Writers, Settings.NudgeSetupLimit);
        bench.Table.Add("6r", $"raw: {registration.Ok:N0} upserts of a mentoring UMKM's entity ({RawUpserts.SizeInBytes(template):N0} bytes, 56 partitions, distinct row keys), {Settings.Writers} writers",
            $"{raw.Elapsed.TotalSeconds:0.0} s ({raw.Rate:N0}/s){BenchContext.Failures(raw)}", cpu: cpu.Stop().ToString());
        bench.Table.Add("6", registration.Label, $"{registration.Result}; **{registration.Elapsed / raw.Elapsed:0.00} × raw** ({registration.Ok / registration.Elapsed.TotalSeconds / raw.Rate:0.00} × its rate)", cpu: registration.Cpu);

        await FirstNudgesAsync(grains, tables, cohort, clock, registration.Ok, raw, clusterId);
    }

    private sealed record Registration(int Ok, TimeSpan Elapsed, string Label, string Result, string Cpu);

    /// <summary>Row 6: BeginMentoringAsync for each UMKM (dates its steps, writes it, registers its reminder), then the reminder rows counted.</summary>
    private async Task<Registration> RegisterRemindersAsync(IGrainFactory grains, TableServiceClient tables, MentoringCohort cohort, int count, string serviceId)
    {
        bench.Progress($"beginning mentoring for {count:N0} UMKM: each registers its reminder");
        var before = Memory.Take(bench.AzuriteProcess);
        var requests = bench.Meter.Snapshot();
        var cpu = bench.MeasureCpu();
        var staff = new CommandContext("staff:benchmark", "benchmark cohort");
        var run = await LoadRun.RunAsync(count, Settings.Writers, Settings.NudgeSetupLimit, async i =>
            MentoringCohort.Accepted(await grains.GetGrain<IUmkmGrain>(cohort.UmkmId(i)).BeginMentoringAsync(staff)));
        var used = cpu.Stop();
        var perCommand = (bench.Meter.Snapshot() - requests).Per(run.Ok);
        var after = Memory.Take(bench.AzuriteProcess);
        var rows = await StoredNudges.RemindersAsync(tables, serviceId, KakakAsuh.Grains.Umkm.UmkmGrain.NudgeReminder);
        bench.Table.Note($"Row 6, memory before → after (managed heap after a full collection; working set): this process (the silo and the load) {before.Heap} → {after.Heap} MiB managed, {before.WorkingSet} → {after.WorkingSet} MiB working set, {(after.Heap - before.Heap) * 1024.0 * 1024 / Math.Max(1, run.Ok):N0} bytes of managed heap per UMKM; Azurite (holding every table in memory) {before.Azurite} → {after.Azurite} MiB resident.");
        bench.Table.Note($"Row 6, Azurite requests per BeginMentoring: {perCommand}.");
        var verified = rows == run.Ok ? "matches" : "**does not match**";
        return new Registration(run.Ok, run.Elapsed,
            $"reminders: BeginMentoringAsync for {count:N0} matched UMKM through the silo's IGrainFactory, {Settings.Writers} concurrent (dates the steps, writes the UMKM, registers its \"nudge\" reminder in {StoredNudges.ReminderTable})",
            $"{run.Ok:N0} in {run.Elapsed.TotalSeconds:0.0} s (**{run.Rate:N0}/s**, {BenchContext.Latency(run)}); reminder rows read back: {rows:N0} ({verified}){BenchContext.Failures(run)}",
            used.ToString());
    }

    /// <summary>
    /// Row 7: the clock moves to the day after the first step's due date, 09:00; the outboxes are read through the
    /// grains every second until they hold a mentor nudge for that step of every UMKM; then read from the table.
    /// </summary>
    private async Task FirstNudgesAsync(IGrainFactory grains, TableServiceClient tables, MentoringCohort cohort, ProgrammeClock clock, int count, RunResult raw, string serviceId)
    {
        var period = Settings.NudgeReminderPeriod;
        var samples = new[] { 0, count / 2, count - 1 };
        var due = new List<DateOnly>();
        foreach (var i in samples)
        {
            var state = await grains.GetGrain<IUmkmGrain>(cohort.UmkmId(i)).GetAsync();
            due.Add(state!.Plan.Single().Steps[0].DueOn!.Value);
        }
        var allDue = due.Max().AddDays(1);
        var kecamatan = Enumerable.Range(0, 8).Select(cohort.KecamatanOf).Distinct().ToArray();
        bench.Progress($"all due: the programme clock moves to {allDue:yyyy-MM-dd} 09:00; waiting for {count:N0} mentor nudges (at most {Settings.NudgeWaitLimit.TotalMinutes:N0} min)");
        var requests = bench.Meter.Snapshot();
        var cpu = bench.MeasureCpu();
        clock.MoveTo(allDue);
        var watch = Stopwatch.StartNew();
        var seen = new int[kecamatan.Length];
        var quarters = new List<string>();
        var unanswered = 0;
        var nextProgress = TimeSpan.FromSeconds(15);
        while (watch.Elapsed < Settings.NudgeWaitLimit)
        {
            unanswered += await FirstNudgesSeenAsync(grains, kecamatan, seen);
            while (quarters.Count < 3 && seen.Sum() >= count * (quarters.Count + 1) / 4)
            {
                quarters.Add($"{(quarters.Count + 1) * 25} % after {watch.Elapsed.TotalSeconds:N0} s");
            }
            if (seen.Sum() >= count)
            {
                break;
            }
            if (watch.Elapsed >= nextProgress)
            {
                bench.Progress($"mentor nudges in the outboxes after {watch.Elapsed.TotalSeconds:N0} s: {seen.Sum():N0}");
                nextProgress += TimeSpan.FromSeconds(15);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var elapsed = watch.Elapsed;
        var used = cpu.Stop();
        var emitted = seen.Sum();
        var perNudge = (bench.Meter.Snapshot() - requests).Per(emitted);
        var staffRung = "unknown (an outbox did not answer)";
        try
        {
            var staff = await Task.WhenAll(kecamatan.Select(k => grains.GetGrain<INudgeOutboxGrain>(k).QueryAsync(new NudgeQuery { Rung = NudgeRung.Staff, Take = 0 })));
            staffRung = $"{staff.Sum(p => p.Total)}";
        }
        catch (TimeoutException)
        {
        }
        var stored = await StoredNudges.RowsAsync(tables, serviceId, IsFirstMentorNudge);
        var persisted = stored.Sum(o => o.Matching);
        var complete = emitted >= count;
        bench.Table.Add("7", $"all due → every first nudge: the programme clock jumps to the day after the first step's due date; {count:N0} UMKM with reminders every {period.TotalSeconds:N0} s; the 8 kecamatan outboxes read through the grains every second",
            $"{(complete ? $"**{emitted:N0} mentor nudges in {elapsed.TotalSeconds:N0} s** ({emitted / elapsed.TotalSeconds:N0}/s) = **{elapsed / raw.Elapsed:0.00} × raw** (row 6r)" : $"**{emitted:N0} of {count:N0} mentor nudges** at the {Settings.NudgeWaitLimit.TotalMinutes:N0}-minute bound ({emitted / elapsed.TotalSeconds:N0}/s)")}; {(quarters.Count == 0 ? "" : string.Join(", ", quarters) + "; ")}rows read from the table: {persisted:N0} ({(persisted == emitted ? "all" : $"**{emitted - persisted:N0} missing**")}); staff rung: {staffRung}{(unanswered == 0 ? "; every outbox read answered" : $"; {unanswered} outbox reads unanswered within Orleans' 30-s call timeout")}",
            cpu: used.ToString());
        bench.Table.Note($"Row 7, the reminder period was {period.TotalSeconds:N0} s (NudgeOptions.ReminderPeriod and FirstCheckAfter, ReminderOptions.MinimumReminderPeriod lowered to match; the default period is 1 hour), so one period is the least row 7 can take. Azurite requests per mentor nudge: {perNudge}.");
        bench.Table.Note($"Row 7, the nudge table ({StoredNudges.NudgeTable}, one row per nudge, partition = service and kecamatan): {string.Join("; ", stored.Select(o => $"{o.Partition[(o.Partition.LastIndexOf('_') + 1)..]}: {o.Matching:N0} first mentor nudges in {o.Rows:N0} rows, {o.Bytes / Math.Max(1, o.Rows):N0} bytes of text a row"))}.");
    }

    /// <summary>
    /// Mentor nudges in each outbox (all of them are the cohort's first step: nothing else is due) into
    /// <paramref name="seen"/>, counted by the outbox grains from their rows; a read that does not answer within the
    /// call timeout keeps its last count. Returns how many did not answer.
    /// </summary>
    private static async Task<int> FirstNudgesSeenAsync(IGrainFactory grains, string[] kecamatan, int[] seen)
    {
        var reads = kecamatan.Select(async (k, i) =>
        {
            try
            {
                seen[i] = (await grains.GetGrain<INudgeOutboxGrain>(k).QueryAsync(new NudgeQuery { Rung = NudgeRung.Mentor, Take = 0 })).Total;
                return 0;
            }
            catch (TimeoutException)
            {
                return 1;
            }
        });
        return (await Task.WhenAll(reads)).Sum();
    }

    private static bool IsFirstMentorNudge(TableEntity row) =>
        row.GetString("Rung") == nameof(NudgeRung.Mentor) && row.GetString("Step") == MentoringCohort.FirstStep;

    /// <summary>Memory in MiB: this process's managed heap after a full collection and its working set, and Azurite's resident set.</summary>
    private sealed record Memory(long Heap, long WorkingSet, long Azurite)
    {
        public static Memory Take(Process azurite)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var self = Process.GetCurrentProcess();
            azurite.Refresh();
            return new Memory(heap >> 20, self.WorkingSet64 >> 20, azurite.WorkingSet64 >> 20);
        }
    }
}
