using KakakAsuh.Common;
using KakakAsuh.Grains.Privacy;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Common;

/// <summary>
/// One idempotency key: claimed in memory while its request runs, its response stored durably for
/// <see cref="RetentionOptions.IdempotentResponses"/> (a day by default).
/// </summary>
[GrainType(GrainTypes.Idempotency)]
public sealed class IdempotencyGrain(
    [PersistentState(StateNames.Idempotency, StorageNames.Programme)] IPersistentState<IdempotencyGrain.Record> store,
    TimeProvider time,
    IOptions<RetentionOptions> retention) : Grain, IIdempotencyGrain
{
    private TimeSpan Retention => retention.Value.IdempotentResponses;

    private string? running;

    public Task<IdempotencyAnswer> BeginAsync(string fingerprint)
    {
        if (store.State.Response is { } response && time.GetUtcNow() - store.State.CompletedAt < Retention)
        {
            return Task.FromResult(store.State.Fingerprint == fingerprint
                ? new IdempotencyAnswer(IdempotencyOutcome.Replay, response)
                : new IdempotencyAnswer(IdempotencyOutcome.KeyReused));
        }
        if (running is not null)
        {
            return Task.FromResult(new IdempotencyAnswer(running == fingerprint ? IdempotencyOutcome.InProgress : IdempotencyOutcome.KeyReused));
        }
        running = fingerprint;
        return Task.FromResult(new IdempotencyAnswer(IdempotencyOutcome.Proceed));
    }

    public async Task CompleteAsync(string fingerprint, StoredResponse response)
    {
        if (running != fingerprint)
        {
            return;
        }
        try
        {
            store.State = new Record { Fingerprint = fingerprint, Response = response, CompletedAt = time.GetUtcNow() };
            await store.WriteStateAsync();
        }
        finally
        {
            // Even when storing the response failed: a retry must not wait for a request that has finished.
            running = null;
        }
    }

    public Task AbandonAsync(string fingerprint)
    {
        if (running == fingerprint)
        {
            running = null;
        }
        return Task.CompletedTask;
    }

    public async Task ForgetAsync()
    {
        await store.ClearStateAsync();
        store.State = new Record();
    }

    /// <summary>The stored response.</summary>
    public sealed class Record
    {
        public string? Fingerprint { get; set; }
        public StoredResponse? Response { get; set; }
        public DateTimeOffset CompletedAt { get; set; }
    }
}
