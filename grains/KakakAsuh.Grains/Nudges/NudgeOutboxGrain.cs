using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Common;
using KakakAsuh.Storage.Nudges;
using KakakAsuh.Nudges;
using Orleans.Concurrency;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// One kecamatan's nudges, kept as rows of the nudge table (<see cref="NudgeTable"/>); the grain holds no state, so
/// any number of its calls run at once and a read never waits for a write. New nudges are handed to the matching
/// webhook deliveries first and then inserted, so a failure in between makes the next reminder tick offer the same
/// ids again, which both ends de-duplicate; an insert that finds its row already there sends nothing.
/// </summary>
[StatelessWorker, Reentrant]
[GrainType(GrainTypes.NudgeOutbox)]
public sealed class NudgeOutboxGrain(
    NudgeTable table,
    ProgrammeReferenceData data,
    TimeProvider time,
    ProgrammeMetrics metrics) : Grain, INudgeOutboxGrain
{
    private string Kecamatan => this.GetPrimaryKeyString();

    public async Task AddAsync(IReadOnlyList<Nudge> nudges)
    {
        var now = time.GetUtcNow();
        var offered = nudges.DistinctBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n.At == default ? n with { At = now } : n).ToList();
        if (offered.Count == 0)
        {
            return;
        }
        var receivers = await GrainFactory.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync();
        if (receivers.Count > 0)
        {
            var stored = await table.StoredAsync(Kecamatan, [.. offered.Select(n => n.Id)]);
            var fresh = offered.Where(n => !stored.Contains(n.Id)).ToList();
            foreach (var receiver in receivers)
            {
                var matching = fresh.Where(n => data.Wilayah.IsWithin(n.KelurahanCode, receiver.AreaCode)).ToList();
                if (matching.Count > 0)
                {
                    await GrainFactory.GetGrain<IWebhookDeliveryGrain>(receiver.Id).EnqueueAsync(receiver, matching);
                }
            }
        }
        foreach (var nudge in await table.InsertAsync(Kecamatan, offered))
        {
            metrics.NudgeEmitted(nudge.Rung);
        }
    }

    public Task<NudgePage> QueryAsync(NudgeQuery query) =>
        table.QueryAsync(Kecamatan, query, kelurahan => query.AreaCode is null || data.Wilayah.IsWithin(kelurahan, query.AreaCode));

    public Task<Nudge?> FindAsync(string nudgeId) => table.FindAsync(Kecamatan, nudgeId);

    public Task<bool> AcknowledgeAsync(string nudgeId, string by) => table.AcknowledgeAsync(Kecamatan, nudgeId, by, time.GetUtcNow());

    /// <summary>Scrubs the UMKM's stored nudges and the copies still waiting for webhook delivery.</summary>
    public async Task EraseAsync(string umkmId, IReadOnlyList<string> values)
    {
        await table.EraseAsync(Kecamatan, umkmId, values);
        var receivers = await GrainFactory.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync();
        await Task.WhenAll(receivers.Select(r => GrainFactory.GetGrain<IWebhookDeliveryGrain>(r.Id).EraseAsync(umkmId, values)));
    }
}
