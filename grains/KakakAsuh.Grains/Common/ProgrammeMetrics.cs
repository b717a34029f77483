using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using KakakAsuh.Nudges;

namespace KakakAsuh.Grains.Common;

/// <summary>
/// The programme's own instruments (meter <c>KakakAsuh.Programme</c>), exported beside Orleans' meters on the
/// silo's <c>/metrics</c>: commands accepted and refused (by the rule's code), nudges emitted by rung, and the
/// overdue steps each kecamatan's summary holds. Tags carry codes and names of grains, never personal data.
/// </summary>
public sealed class ProgrammeMetrics
{
    public const string MeterName = "KakakAsuh.Programme";

    private readonly Counter<long> accepted;
    private readonly Counter<long> refused;
    private readonly Counter<long> nudges;
    private readonly ConcurrentDictionary<string, long> overdueByArea = new(StringComparer.Ordinal);

    public ProgrammeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        accepted = meter.CreateCounter<long>("kakakasuh.commands.accepted", "{command}", "Commands a grain accepted (and wrote before answering).");
        refused = meter.CreateCounter<long>("kakakasuh.commands.refused", "{command}", "Commands a grain refused, by the rule's code; nothing changed.");
        nudges = meter.CreateCounter<long>("kakakasuh.nudges.emitted", "{nudge}", "Nudges put in an outbox for the first time, by rung of the ladder.");
        meter.CreateObservableGauge("kakakasuh.steps.overdue", ObserveOverdue, "{step}",
            "Overdue mentoring steps per kecamatan, as its summary grain on this silo holds them.");
    }

    public void CommandAccepted(string grain, string command) =>
        accepted.Add(1, new KeyValuePair<string, object?>("grain", grain), new KeyValuePair<string, object?>("command", command));

    public void CommandRefused(string grain, string command, string code) =>
        refused.Add(1, new KeyValuePair<string, object?>("grain", grain), new KeyValuePair<string, object?>("command", command),
            new KeyValuePair<string, object?>("code", code));

    public void NudgeEmitted(NudgeRung rung) => nudges.Add(1, new KeyValuePair<string, object?>("rung", rung.ToString()));

    /// <summary>The overdue steps an area's summary holds now; <see cref="ForgetArea"/> when it leaves this silo.</summary>
    public void SetOverdue(string areaCode, long overdueSteps) => overdueByArea[areaCode] = overdueSteps;

    public void ForgetArea(string areaCode) => overdueByArea.TryRemove(areaCode, out _);

    private IEnumerable<Measurement<long>> ObserveOverdue() =>
        overdueByArea.Select(a => new Measurement<long>(a.Value, new KeyValuePair<string, object?>("area", a.Key)));
}
