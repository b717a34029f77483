using KakakAsuh.Nudges;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>Says in plain words why a step is overdue: which step, due since when, what it waits on, who was nudged.</summary>
public static class OverdueExplainer
{
    public static string Explain(TrackPlan track, StepState step, DateOnly today, WorkingCalendar calendar)
    {
        var due = step.DueOn ?? today;
        var late = calendar.WorkingDaysBetween(due, today);
        var waitsOn = step.Status switch
        {
            StepStatus.Returned => $"the applicant to fix the file returned {step.Returns} time(s) ({step.Note})",
            StepStatus.InProgress => "its completion",
            _ => track.Steps.TakeWhile(s => s != step).LastOrDefault(s => !s.IsClosed) is { } earlier
                ? $"the earlier step '{earlier.Name}'"
                : "its start",
        };
        var nudged = step.Nudges.Count == 0
            ? "nobody has been nudged yet"
            : "nudged: " + string.Join(", ", step.Nudges.Select(n => $"{Describe(n.Rung)} on {n.At.ToOffset(WorkingCalendar.JakartaOffset):yyyy-MM-dd}"));
        return $"'{step.Name}' ({track.Name}) was due on {due:yyyy-MM-dd} and is {late} working day(s) late; it waits on {waitsOn}; {nudged}.";
    }

    public static string Describe(NudgeRung rung) => rung switch
    {
        NudgeRung.Mentor => "the mentor",
        NudgeRung.Staff => "Sudin staff",
        _ => "the district head",
    };
}
