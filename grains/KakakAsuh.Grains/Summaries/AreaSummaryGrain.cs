using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Grains.Common;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Summaries;

/// <summary>
/// The live summary of one area. Reports are applied in memory at once; a timer pushes changed totals to the
/// parent area and writes the state now and then, so a burst of commands costs the parent one message and
/// storage one write per interval.
/// </summary>
[GrainType(GrainTypes.AreaSummary)]
public sealed class AreaSummaryGrain(
    [PersistentState(StateNames.Summary, StorageNames.Programme)] IPersistentState<AreaSummaryState> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    IOptions<SummaryOptions> options,
    ProgrammeMetrics metrics) : Grain, IAreaSummaryGrain
{
    /// <summary>The end of every count key of overdue steps (<c>steps:{track}:overdue</c>).</summary>
    private static readonly string OverdueSuffix = ":" + StepCount.Overdue.ToString().ToLowerInvariant();

    private bool parentStale;
    private bool storeStale;
    private bool historyStale = true;
    private long lastWriteTicks;
    private long lastHistoryTicks;
    private DateOnly historyDay;

    private string Code => this.GetPrimaryKeyString();

    private AreaSummaryState State => store.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The first write comes a flush interval after activation, like every later one.
        lastWriteTicks = TimeProvider.System.GetTimestamp();
        this.RegisterGrainTimer(OnTimerAsync, new GrainTimerCreationOptions(options.Value.PushInterval, options.Value.PushInterval));
        ReportOverdue();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.ForgetArea(Code);
        // While the silo shuts down the parent may be gone already; the stored totals are pushed on the next change.
        if (reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await PushAsync();
        }
        if (storeStale)
        {
            await store.WriteStateAsync(cancellationToken);
        }
    }

    public Task ReportAsync(SourceReport report)
    {
        if (State.Sources.TryGetValue(report.SourceId, out var held))
        {
            if (held.Version >= report.Version)
            {
                return Task.CompletedTask;
            }
            SummaryRules.Add(State.Totals, held.Counts, -1);
        }
        SummaryRules.Add(State.Totals, report.Counts);
        State.Sources[report.SourceId] = new SourceEntry(report.Version, report.Counts, report.Listing);
        State.LastChangeAt = time.GetUtcNow();
        parentStale = storeStale = historyStale = true;
        ReportOverdue();
        return Task.CompletedTask;
    }

    /// <summary>Each kecamatan's overdue steps feed the <c>kakakasuh.steps.overdue</c> gauge (their sum is the city's).</summary>
    private void ReportOverdue()
    {
        if (data.Wilayah.IsKecamatan(Code))
        {
            metrics.SetOverdue(Code, State.Totals.Where(t => t.Key.EndsWith(OverdueSuffix, StringComparison.Ordinal)).Sum(t => t.Value));
        }
    }

    public Task PushTotalsAsync()
    {
        parentStale = true;
        return PushAsync();
    }

    public Task<AreaSummary> GetAsync() => Task.FromResult(new AreaSummary
    {
        Code = Code,
        Counts = new Dictionary<string, long>(State.Totals, StringComparer.Ordinal),
        AsOf = time.GetUtcNow(),
        LastChangeAt = State.LastChangeAt,
        Sources = State.Sources.Count,
    });

    public Task<UmkmPage> QueryUmkmAsync(UmkmQuery query)
    {
        var matches = State.Sources.Values
            .Select(s => s.Listing)
            .OfType<UmkmListing>()
            .Where(l => (query.Status is null || l.Status == query.Status)
                && (query.Track is null || l.Tracks.Contains(query.Track))
                && (!query.OverdueOnly || l.OverdueSteps > 0))
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new UmkmPage(matches.Count, matches.Skip(query.Skip).Take(query.Take).ToList()));
    }

    private async Task OnTimerAsync(CancellationToken cancellationToken)
    {
        await PushAsync();
        await RecordHistoryAsync();
        var now = TimeProvider.System.GetTimestamp();
        if (storeStale && TimeProvider.System.GetElapsedTime(lastWriteTicks, now) >= options.Value.FlushInterval)
        {
            storeStale = false;
            lastWriteTicks = now;
            try
            {
                await store.WriteStateAsync(cancellationToken);
            }
            catch
            {
                // Storage is down: write again at the next flush rather than wait for the next change.
                storeStale = true;
                throw;
            }
        }
    }

    /// <summary>Records today's figures in the area's daily history, when they changed and at least once a day.</summary>
    private async Task RecordHistoryAsync()
    {
        var today = WorkingCalendar.Today(time);
        var now = TimeProvider.System.GetTimestamp();
        if (today == historyDay && (!historyStale || TimeProvider.System.GetElapsedTime(lastHistoryTicks, now) < options.Value.HistoryInterval))
        {
            return;
        }
        historyStale = false;
        historyDay = today;
        lastHistoryTicks = now;
        await GrainFactory.GetGrain<IAreaHistoryGrain>(Code).RecordAsync(new DailySnapshot(today, SummaryRules.Snapshot(State.Totals)));
    }

    /// <summary>
    /// Sends the totals to the parent area. The version is wall-clock ticks (and always above the last one),
    /// so it keeps growing across restarts even when the stored state is older than the last push.
    /// </summary>
    private async Task PushAsync()
    {
        if (!parentStale || data.Wilayah.Find(Code)?.ParentCode is not { } parentCode || data.Wilayah.Find(parentCode) is null)
        {
            return;
        }
        parentStale = false;
        State.PushedVersion = Math.Max(State.PushedVersion + 1, TimeProvider.System.GetUtcNow().UtcTicks);
        storeStale = true;
        var totals = new Dictionary<string, long>(State.Totals, StringComparer.Ordinal);
        try
        {
            await GrainFactory.GetGrain<IAreaSummaryGrain>(parentCode).ReportAsync(new SourceReport(Code, State.PushedVersion, totals));
        }
        catch
        {
            parentStale = true;
            throw;
        }
    }
}
