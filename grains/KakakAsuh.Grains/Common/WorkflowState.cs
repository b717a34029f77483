using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Grains.Common;

/// <summary>
/// Applies a rule's decision to a grain's persistent state: refusals change nothing; accepted commands are
/// appended to the history and written before the caller hears "accepted". A failed write restores the
/// previous state and deactivates the grain, so the next call reloads what storage really holds.
/// After each write <paramref name="changed"/> tells the area summary; if that fails the command stays
/// accepted (it is durable) and summary reconciliation catches up. Before anything else <paramref name="access"/>
/// checks the caller's scope against the state the command acts on (see <see cref="AccessRules"/>).
/// </summary>
internal sealed class WorkflowState<T>(
    IPersistentState<T> store,
    TimeProvider time,
    IGrainContext grain,
    ILogger logger,
    Func<T, Task> changed,
    Func<T, CallerScope?, Permitted, Refusal?> access)
    where T : class, IWorkflowState<T>
{
    public T Current => store.State;

    /// <summary>
    /// Whether the command's caller may act on the current state; null when it may. A record the caller named in a
    /// command on another record (<see cref="CommandContext.NamedBy"/>) must lie in the caller's area as well.
    /// </summary>
    public Refusal? Authorize(CommandContext context, Permitted who) =>
        access(store.State, context.Scope, who) ?? (context.NamedBy is { } namedBy ? access(store.State, namedBy, Permitted.Staff) : null);

    /// <summary>
    /// Applies <paramref name="rule"/>, which gets the state and the Jakarta date the command takes effect, and answers
    /// with the state it produced.
    /// </summary>
    public async Task<CommandResult<T>> ApplyAsync(string action, CommandContext context, Func<T, DateOnly, Decision<T>> rule, Permitted who = Permitted.Staff)
    {
        if (Authorize(context, who) is { } denied)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(context.Actor))
        {
            return Refusal.Invalid("actor-required", "Every command must say who issues it.", "actor");
        }
        if (context.Actor.Length > Validation.MaxNameLength || context.Reason?.Length > Validation.MaxTextLength)
        {
            return Refusal.Invalid("text-too-long", $"A reason is at most {Validation.MaxTextLength} characters (an actor at most {Validation.MaxNameLength}).", "reason");
        }
        var now = time.GetUtcNow();
        var last = LastEventAt(store.State);
        if (context.At > now)
        {
            return Refusal.Invalid("at-in-future", $"A command can record what happened up to now, not at {context.At:yyyy-MM-dd HH:mm}.", "at");
        }
        if (context.At < last)
        {
            return Refusal.Conflict("at-before-last-event", $"This record's history already goes up to {last:yyyy-MM-dd HH:mm}; events are recorded in order.");
        }
        // Live commands are stamped now, or at the last event if another silo's clock ran slightly ahead.
        var at = context.At ?? (last > now ? last.Value : now);
        var decision = rule(store.State, DateOnly.FromDateTime(at.ToOffset(WorkingCalendar.JakartaOffset).DateTime));
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        if (decision.Next is { } next)
        {
            await WriteAsync(next.Recorded(new HistoryEntry(at, context.Actor, action, decision.Detail, context.Reason, RecordedAt: now)));
            await NotifyAsync();
        }
        return new CommandResult<T>(store.State);
    }

    /// <summary>Reports the current state to whoever follows it (the area summary).</summary>
    public async Task NotifyAsync()
    {
        try
        {
            await changed(store.State);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Reporting {GrainId} to its area summary failed; reconciliation will catch up.", grain.GrainId);
        }
    }

    private static DateTimeOffset? LastEventAt(T state) => state.History.Entries.Count > 0 ? state.History.Entries[^1].At : null;

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
