using CsCheck;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KakakAsuh.Tests.Summaries;

/// <summary>
/// Randomized: concurrent command sequences, duplicated and stale reports, and a silo crash; afterwards every
/// area summary equals an independent recount from all UMKM and mentor states.
/// </summary>
public sealed class SummaryExactnessTests : IAsyncLifetime
{
    private static readonly string[] Kelurahan = ["31.73.04.1001", "31.73.04.1002", "31.73.01.1003"];
    private readonly FakeTimeProvider time = new(TestClusters.ProgrammeStart);
    private readonly List<string> umkmIds = [];
    private readonly List<string> mentorIds = [];
    private InProcessTestCluster cluster = null!;

    /// <summary>Summaries write only on deactivation here, so a crash surely loses what they held.</summary>
    public async Task InitializeAsync() => cluster = await TestClusters.StartAsync(Keys.New("exact"), time, silos: 2,
        silo => silo.Services.Configure<KakakAsuh.Grains.Summaries.SummaryOptions>(o => o.FlushInterval = TimeSpan.FromHours(1)));

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private IGrainFactory Grains => cluster.Client;

    /// <summary>One command: which UMKM, what, and a parameter.</summary>
    public sealed record Op(int Umkm, int Kind);

    private static readonly Gen<(int Count, Op[] Ops)> Scripts =
        from count in Gen.Int[2, 6]
        from ops in Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, 8], (u, k) => new Op(u, k)).Array[5, 30]
        select (count, ops);

    [Fact]
    public async Task RandomConcurrentCommands_WithDuplicatedAndStaleReports_LeaveEverySummaryEqualToTheRecount()
    {
        await Scripts.SampleAsync(async script =>
        {
            await RunAsync(script.Count, script.Ops);
            await AssertSummariesEqualRecountAsync();
        }, iter: 6, threads: 1);
    }

    [Fact]
    public async Task AfterASiloCrash_ReconciliationRestoresExactSummaries()
    {
        await Scripts.SampleAsync(script => RunAsync(script.Count, script.Ops), iter: 3, threads: 1);
        await AssertSummariesEqualRecountAsync();

        // Both silos crash: no deactivation runs, so what the summaries had not written yet is lost.
        foreach (var silo in cluster.Silos.ToList())
        {
            await cluster.KillSiloAsync(silo);
        }
        await cluster.StartAdditionalSiloAsync();
        await cluster.StopClusterClientAsync();
        await cluster.InitializeClientAsync();
        var expectedCity = (await RecountAsync())["31.73"][CountKeys.Umkm];
        Assert.NotEqual(expectedCity, (await Grains.GetGrain<IAreaSummaryGrain>("31.73").GetAsync())[CountKeys.Umkm]);

        var report = await Grains.GetGrain<ISummaryReconcilerGrain>("31.73").ReconcileAsync();

        Assert.Equal(umkmIds.Count, report.Umkm);
        await AssertSummariesEqualRecountAsync();
    }

    private async Task RunAsync(int count, Op[] ops)
    {
        var driver = new ProgrammeDriver(Grains);
        var mentor = await driver.SelectedMentorAsync(capacity: 20);
        mentorIds.Add(mentor);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var registration = Samples.Registration(kelurahan: Kelurahan[i % Kelurahan.Length], nib: i % 2 == 0 ? Samples.ValidNib : null)
                with { Holdings = new Holdings { Nib = i % 2 == 0 ? Samples.ValidNib : null, Qris = i % 3 == 0 } };
            ids.Add(await driver.RegisteredAsync(registration));
        }
        var mentees = ids.Where((_, i) => i % 2 == 0).ToList();
        foreach (var id in mentees)
        {
            ProgrammeDriver.Accepted(await driver.Umkm(id).MapNeedsAsync(id == mentees[0] ? ["bazaar"] : ["bazaar", "halal"], Samples.Staff));
        }
        var round = await driver.OpenRoundAsync([mentor], mentees);
        foreach (var id in mentees)
        {
            await driver.PickAndApproveAsync(round, mentor, id);
        }
        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));
        foreach (var id in mentees)
        {
            ProgrammeDriver.Accepted(await driver.Umkm(id).BeginMentoringAsync(Samples.Staff));
        }
        umkmIds.AddRange(ids);

        // Each UMKM's commands in order; the UMKM concurrently. Refusals are part of the mix.
        await Task.WhenAll(ops.GroupBy(o => o.Umkm).Select(async group =>
        {
            var id = ids[group.Key];
            var grain = Grains.GetGrain<IUmkmGrain>(id);
            foreach (var op in group)
            {
                _ = op.Kind switch
                {
                    0 => await grain.StartStepAsync("bazaar", "product-curation", Samples.Staff),
                    1 => await grain.CompleteStepAsync("bazaar", "product-curation", null, Samples.Staff),
                    2 => await grain.StartStepAsync("bazaar", "participation", Samples.Staff),
                    3 => await grain.SkipStepAsync("bazaar", "turnover-report", Samples.Because("Bazar dibatalkan")),
                    4 => await grain.MapNeedsAsync(["qris"], Samples.Staff),
                    5 => await grain.WithdrawAsync(Samples.Because("Usaha tutup")),
                    6 => await grain.GraduateAsync(Samples.Staff),
                    _ => await StaleReportAsync(id, Kelurahan[group.Key % Kelurahan.Length]),
                };
            }
        }));
    }

    /// <summary>A duplicated, out-of-date report: the registration as it was first reported.</summary>
    private async Task<CommandResult> StaleReportAsync(string id, string kelurahan)
    {
        var stale = new Dictionary<string, long> { [CountKeys.Umkm] = 1, [CountKeys.Status(ProgrammeStatus.Registered)] = 1, [CountKeys.WithNib] = 7 };
        await Grains.GetGrain<IAreaSummaryGrain>(kelurahan).ReportAsync(new SourceReport(id, 1, stale));
        return CommandResult.Ok;
    }

    /// <summary>Every area's counts recomputed from the UMKM and mentor states themselves.</summary>
    private async Task<Dictionary<string, Dictionary<string, long>>> RecountAsync()
    {
        var wilayah = Samples.Data.Wilayah;
        var today = WorkingCalendar.Today(time);
        var areas = new Dictionary<string, Dictionary<string, long>>();
        void AddUp(string code, IReadOnlyDictionary<string, long> counts)
        {
            for (var area = wilayah.Find(code); area is not null; area = wilayah.Find(area.ParentCode))
            {
                if (!areas.TryGetValue(area.Code, out var totals))
                {
                    areas[area.Code] = totals = [];
                }
                SummaryRules.Add(totals, counts);
            }
        }
        foreach (var id in umkmIds)
        {
            var state = (await Grains.GetGrain<IUmkmGrain>(id).GetAsync())!;
            AddUp(state.Profile.KelurahanCode, SummaryRules.CountsFor(state, today));
        }
        foreach (var id in mentorIds)
        {
            var state = (await Grains.GetGrain<IMentorGrain>(id).GetAsync())!;
            AddUp(state.KelurahanCode ?? state.KecamatanCode, SummaryRules.CountsFor(state));
        }
        return areas;
    }

    private async Task AssertSummariesEqualRecountAsync()
    {
        var expected = await RecountAsync();
        foreach (var (code, counts) in expected)
        {
            var want = Snapshot.Of(counts.OrderBy(c => c.Key, StringComparer.Ordinal));
            var summary = await Eventually.MatchesAsync(
                () => Grains.GetGrain<IAreaSummaryGrain>(code).GetAsync(),
                s => Snapshot.Of(s.Counts.OrderBy(c => c.Key, StringComparer.Ordinal)) == want);
            Assert.Equal(want, Snapshot.Of(summary.Counts.OrderBy(c => c.Key, StringComparer.Ordinal)));
        }
    }
}
