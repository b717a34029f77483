using KakakAsuh.Grains;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Silo;

/// <summary>Runs summary reconciliation a while after the silo starts and then periodically.</summary>
public sealed class SummaryReconciliationService(
    IGrainFactory grains,
    IOptions<SummaryOptions> options,
    ILogger<SummaryReconciliationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.ReconcileAfterStart;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(delay, stoppingToken);
            try
            {
                await grains.GetGrain<ISummaryReconcilerGrain>("31.73").ReconcileAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Summary reconciliation failed; it runs again in {Interval}.", options.Value.ReconcileInterval);
            }
            delay = options.Value.ReconcileInterval;
        }
    }
}
