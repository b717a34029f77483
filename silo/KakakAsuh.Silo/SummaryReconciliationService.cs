using KakakAsuh.Grains.Summaries;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Silo;

/// <summary>
/// Runs summary reconciliation a while after the silo starts, then periodically, and soon after another silo
/// of the cluster is declared dead: the summaries it held lose what they had not written yet, and this puts it back.
/// </summary>
public sealed class SummaryReconciliationService(
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo,
    IOptions<SummaryOptions> options,
    ILogger<SummaryReconciliationService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PeriodicallyAsync(stoppingToken), AfterSiloLossAsync(stoppingToken));

    private async Task PeriodicallyAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.ReconcileAfterStart;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(delay, stoppingToken);
            await ReconcileAsync();
            delay = options.Value.ReconcileInterval;
        }
    }

    /// <summary>
    /// Watches cluster membership; when a silo that was alive is declared dead, the oldest surviving silo
    /// reconciles after <see cref="SummaryOptions.ReconcileAfterSiloLoss"/> (the dead silo's grains have moved by then).
    /// </summary>
    private async Task AfterSiloLossAsync(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var lost = previous is not null && snapshot.Members.Values.Any(m =>
                    m.Status == SiloStatus.Dead && previous.Members.TryGetValue(m.SiloAddress, out var before) && before.Status != SiloStatus.Dead);
                previous = snapshot;
                // Every silo must pick the same one: the snapshot's order differs between processes, so sort.
                var oldestAlive = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active)
                    .OrderBy(m => m.SiloAddress.Generation).ThenBy(m => m.SiloAddress.ToParsableString(), StringComparer.Ordinal)
                    .FirstOrDefault()?.SiloAddress;
                if (lost && localSilo.SiloAddress.Equals(oldestAlive))
                {
                    logger.LogWarning("A silo of the cluster was declared dead; reconciling area summaries in {Delay}.", options.Value.ReconcileAfterSiloLoss);
                    await Task.Delay(options.Value.ReconcileAfterSiloLoss, stoppingToken);
                    await ReconcileAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
        catch (Exception ex)
        {
            // Never take the silo down for this; the periodic reconciliation still runs.
            logger.LogError(ex, "Watching cluster membership for dead silos failed; summaries are reconciled every {Interval} only.", options.Value.ReconcileInterval);
        }
    }

    private async Task ReconcileAsync()
    {
        try
        {
            await grains.GetGrain<ISummaryReconcilerGrain>("31.73").ReconcileAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Summary reconciliation failed; it runs again in {Interval}.", options.Value.ReconcileInterval);
        }
    }
}
