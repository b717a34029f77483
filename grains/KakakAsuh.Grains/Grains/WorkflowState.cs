using KakakAsuh.Common;
using KakakAsuh.Rules;

namespace KakakAsuh.Grains;

/// <summary>
/// Applies a rule's decision to a grain's persistent state: refusals change nothing; accepted commands are
/// appended to the history and written before the caller hears "accepted". A failed write restores the
/// previous state and deactivates the grain, so the next call reloads what storage really holds.
/// </summary>
internal sealed class WorkflowState<T>(IPersistentState<T> store, TimeProvider time, IGrainContext grain)
    where T : class, IWorkflowState<T>
{
    public T Current => store.State;

    public async Task<CommandResult> ApplyAsync(string action, CommandContext context, Func<T, Decision<T>> rule)
    {
        if (string.IsNullOrWhiteSpace(context.Actor))
        {
            return Refusal.Invalid("actor-required", "Every command must say who issues it.", "actor");
        }
        var decision = rule(store.State);
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        if (decision.Next is { } next)
        {
            await WriteAsync(next.Recorded(new HistoryEntry(time.GetUtcNow(), context.Actor, action, decision.Detail, context.Reason)));
        }
        return CommandResult.Ok;
    }

    private async Task WriteAsync(T next)
    {
        var before = store.State;
        store.State = next;
        try
        {
            await store.WriteStateAsync();
        }
        catch (Exception ex)
        {
            store.State = before;
            grain.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, ex, "Writing grain state failed; the next call reloads it from storage."));
            throw;
        }
    }
}
