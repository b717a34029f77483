using KakakAsuh.Grains.Telemetry;
using KakakAsuh.Nudges;
using KakakAsuh.ReferenceData;
using KakakAsuh.Rules;

namespace KakakAsuh.Grains.Nudges;

/// <summary>
/// One kecamatan's nudges. New ones are handed to the matching webhook deliveries first and then stored, so a
/// failure in between makes the next reminder tick send the same ids again, which both ends de-duplicate.
/// </summary>
public sealed class NudgeOutboxGrain(
    [PersistentState("outbox", StorageNames.Programme)] IPersistentState<List<Nudge>> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    ProgrammeMetrics metrics) : Grain, INudgeOutboxGrain
{
    /// <summary>Most nudges kept per kecamatan; beyond it the oldest acknowledged ones go first.</summary>
    public const int MaxNudges = 5_000;

    public async Task AddAsync(IReadOnlyList<Nudge> nudges)
    {
        var held = store.State.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var fresh = nudges.Where(n => held.Add(n.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        foreach (var receiver in await GrainFactory.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).ListAsync())
        {
            var matching = fresh.Where(n => data.Wilayah.IsWithin(n.KelurahanCode, receiver.AreaCode)).ToList();
            if (matching.Count > 0)
            {
                await GrainFactory.GetGrain<IWebhookDeliveryGrain>(receiver.Id).EnqueueAsync(receiver, matching);
            }
        }
        store.State.AddRange(fresh);
        while (store.State.Count > MaxNudges)
        {
            var oldestRead = store.State.FindIndex(n => n.AcknowledgedAt is not null);
            store.State.RemoveAt(oldestRead >= 0 ? oldestRead : 0);
        }
        await store.WriteStateAsync();
        foreach (var nudge in fresh)
        {
            metrics.NudgeEmitted(nudge.Rung);
        }
    }

    public Task<NudgePage> QueryAsync(NudgeQuery query)
    {
        var matches = store.State
            .Where(n => (query.Rung is null || n.Rung == query.Rung)
                && (query.MentorId is null || n.MentorId == query.MentorId)
                && (query.AreaCode is null || data.Wilayah.IsWithin(n.KelurahanCode, query.AreaCode))
                && (!query.UnacknowledgedOnly || n.AcknowledgedAt is null))
            .OrderByDescending(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new NudgePage(matches.Count, [.. matches.Skip(query.Skip).Take(query.Take)]));
    }

    public async Task<bool> AcknowledgeAsync(string nudgeId, string by)
    {
        var at = store.State.FindIndex(n => n.Id == nudgeId);
        if (at < 0)
        {
            return false;
        }
        if (store.State[at].AcknowledgedAt is null)
        {
            store.State[at] = store.State[at] with { AcknowledgedBy = by, AcknowledgedAt = time.GetUtcNow() };
            await store.WriteStateAsync();
        }
        return true;
    }

    public async Task EraseAsync(string umkmId, IReadOnlyList<string> values)
    {
        var changed = false;
        for (var i = 0; i < store.State.Count; i++)
        {
            if (store.State[i].UmkmId == umkmId && PersonalDataRules.Scrub(store.State[i].Reason, values) is { } scrubbed && scrubbed != store.State[i].Reason)
            {
                store.State[i] = store.State[i] with { Reason = scrubbed };
                changed = true;
            }
        }
        if (changed)
        {
            await store.WriteStateAsync();
        }
    }
}
