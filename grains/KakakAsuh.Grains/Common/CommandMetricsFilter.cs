using KakakAsuh.Common;

namespace KakakAsuh.Grains.Common;

/// <summary>Counts every command a grain answers: accepted, or refused with its rule's code.</summary>
public sealed class CommandMetricsFilter(ProgrammeMetrics metrics) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.Result is CommandResult result)
        {
            var grain = context.TargetContext.GrainId.Type.ToString() ?? "unknown";
            var command = context.MethodName.EndsWith("Async", StringComparison.Ordinal) ? context.MethodName[..^5] : context.MethodName;
            if (result.Refusal is { } refusal)
            {
                metrics.CommandRefused(grain, command, refusal.Code);
            }
            else
            {
                metrics.CommandAccepted(grain, command);
            }
        }
    }
}
