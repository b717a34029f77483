using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Umkm;

/// <summary>
/// The mentoring plan: steps in order within a track, prerequisites between tracks, due dates in working days,
/// and the pending / in progress / returned / done / skipped states of each step.
/// </summary>
public static class PlanRules
{
    public static TrackPlan NewTrack(TrackTemplate template) => new()
    {
        Track = template.Key,
        Name = template.Name,
        Steps = [.. template.Steps.Select(s => new StepState { Key = s.Key, Name = s.Name, Status = StepStatus.Pending })],
    };

    /// <summary>Due dates for the open steps from <paramref name="fromIndex"/> on, one after another from <paramref name="anchor"/>.</summary>
    public static TrackPlan Reschedule(TrackPlan track, TrackTemplate template, int fromIndex, DateOnly anchor, WorkingCalendar calendar)
    {
        var steps = track.Steps.ToArray();
        var cursor = anchor;
        for (var i = fromIndex; i < steps.Length; i++)
        {
            if (steps[i].IsClosed)
            {
                continue;
            }
            var workingDays = template.Steps.FirstOrDefault(t => t.Key == steps[i].Key)?.WorkingDays ?? 0;
            cursor = calendar.AddWorkingDays(cursor, workingDays);
            steps[i] = steps[i] with { DueOn = cursor };
        }
        return track with { Steps = steps };
    }

    public static Decision<UmkmState> StartStep(UmkmState state, string track, string step, DateOnly today, ProgrammeReferenceData data)
    {
        if (Locate(state, track, step, data, out var at) is { } notFound)
        {
            return notFound;
        }
        if (state.Status != ProgrammeStatus.Mentoring)
        {
            return NotMentoring(state);
        }
        var current = at.Step;
        if (current.Status is not (StepStatus.Pending or StepStatus.Returned))
        {
            return Refusal.Conflict("step-not-startable", $"Step '{step}' of the {track} track is {Describe(current.Status)}; only a pending or returned step can be started.");
        }
        if (at.Plan.Steps.Take(at.Index).FirstOrDefault(s => !s.IsClosed) is { } earlier)
        {
            return Refusal.Conflict("step-out-of-order",
                $"Step '{step}' of the {track} track cannot start before '{earlier.Key}' ({earlier.Name}) is done or skipped.");
        }
        var needs = (at.Index == 0 ? at.Template.Requires : []).Concat(at.StepTemplate.Requires)
            .Where(h => !state.Holdings.Holds(h)).ToList();
        if (needs.Count > 0)
        {
            return Refusal.Conflict("prerequisite-missing",
                $"Step '{step}' of the {track} track needs the UMKM to hold {string.Join(" and ", needs.Select(DescribeHolding))} first.");
        }
        var resubmission = current.Status == StepStatus.Returned;
        var started = current with { Status = StepStatus.InProgress, StartedOn = current.StartedOn ?? today };
        return Decision<UmkmState>.Accept(Replace(state, at, started),
            resubmission ? $"{track}/{step} resubmitted after return #{current.Returns}" : $"{track}/{step} started");
    }

    public static Decision<UmkmState> CompleteStep(UmkmState state, string track, string step, string? value, DateOnly today, ProgrammeReferenceData data)
    {
        if (Locate(state, track, step, data, out var at) is { } notFound)
        {
            return notFound;
        }
        if (state.Status != ProgrammeStatus.Mentoring)
        {
            return NotMentoring(state);
        }
        if (value?.Length > Validation.MaxValueLength)
        {
            return Refusal.Invalid("invalid-step-value", $"A step's value is at most {Validation.MaxValueLength} characters.", "value");
        }
        if (at.Step.Status != StepStatus.InProgress)
        {
            return Refusal.Conflict("step-not-in-progress",
                $"Step '{step}' of the {track} track is {Describe(at.Step.Status)}; only a step in progress can be completed{(at.Step.Status is StepStatus.Pending or StepStatus.Returned ? " (start it first)" : "")}.");
        }
        var holdings = state.Holdings;
        if (at.StepTemplate.Grants is { } grant)
        {
            if (Grant(holdings, grant, value) is not { } granted)
            {
                return Refusal.Invalid("invalid-step-value", GrantValueRule(grant), "value");
            }
            holdings = granted;
        }
        var done = at.Step with { Status = StepStatus.Done, FinishedOn = today, Note = value ?? at.Step.Note };
        var next = Replace(state, at, done) with { Holdings = holdings };
        next = Rescheduled(next, at, today, data);
        return Decision<UmkmState>.Accept(next, $"{track}/{step} done{(value is null ? "" : $" ({value})")}");
    }

    public static Decision<UmkmState> ReturnStep(UmkmState state, string track, string step, string? reason, DateOnly today, ProgrammeReferenceData data)
    {
        if (Locate(state, track, step, data, out var at) is { } notFound)
        {
            return notFound;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("reason-required", "Say why the file was returned.", "reason");
        }
        if (state.Status != ProgrammeStatus.Mentoring)
        {
            return NotMentoring(state);
        }
        if (!at.StepTemplate.Returnable)
        {
            return Refusal.Conflict("step-not-returnable", $"Step '{step}' of the {track} track is not a check that can send the file back.");
        }
        if (at.Step.Status != StepStatus.InProgress)
        {
            return Refusal.Conflict("step-not-in-progress", $"Step '{step}' of the {track} track is {Describe(at.Step.Status)}; only a step in progress can be returned.");
        }
        var fixBy = data.Calendar.AddWorkingDays(today, at.StepTemplate.ReturnWorkingDays);
        var returned = at.Step with { Status = StepStatus.Returned, Returns = at.Step.Returns + 1, Note = reason, DueOn = fixBy };
        var next = Rescheduled(Replace(state, at, returned), at, fixBy, data);
        return Decision<UmkmState>.Accept(next, $"{track}/{step} returned (#{returned.Returns}); to fix by {fixBy:yyyy-MM-dd}");
    }

    public static Decision<UmkmState> SkipStep(UmkmState state, string track, string step, string? reason, DateOnly today, ProgrammeReferenceData data)
    {
        if (Locate(state, track, step, data, out var at) is { } notFound)
        {
            return notFound;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("reason-required", "Say why the step is skipped.", "reason");
        }
        if (state.Status is not (ProgrammeStatus.Mapped or ProgrammeStatus.Nominated or ProgrammeStatus.Matched or ProgrammeStatus.Mentoring))
        {
            return Refusal.Conflict("plan-closed", $"UMKM {state.Id} is {UmkmRules.Describe(state.Status)}; its plan can no longer change.");
        }
        if (at.Step.IsClosed)
        {
            return Refusal.Conflict("step-closed", $"Step '{step}' of the {track} track is {Describe(at.Step.Status)} already.");
        }
        var skipped = at.Step with { Status = StepStatus.Skipped, FinishedOn = today, Note = reason, DueOn = null };
        var next = Replace(state, at, skipped);
        if (state.Status == ProgrammeStatus.Mentoring)
        {
            next = Rescheduled(next, at, today, data);
        }
        return Decision<UmkmState>.Accept(next, $"{track}/{step} skipped");
    }

    private static Holdings? Grant(Holdings holdings, Holding grant, string? value) => grant switch
    {
        Holding.Nib when Validation.IsNib(value) => holdings with { Nib = value },
        Holding.Qris => holdings with { Qris = true },
        Holding.Halal when value is not null && UmkmRegistrationRules.IsHalalCertificateNumber(value) => holdings with { HalalCertificateNumber = value },
        Holding.TrademarkFiled when value is null or { Length: > 0 and <= 40 } => holdings with { TrademarkApplication = value ?? "filed" },
        Holding.Trademark when value is { Length: > 0 and <= 40 } => holdings with { TrademarkRegistration = value },
        _ => null,
    };

    private static string GrantValueRule(Holding grant) => grant switch
    {
        Holding.Nib => "Completing this step records the NIB: give its 13 digits as the value.",
        Holding.Halal => "Completing this step records the halal certificate: give the SH number, starting with 'ID', as the value.",
        Holding.Trademark => "Completing this step records the trademark: give its registration number (at most 40 characters) as the value.",
        _ => "The value is at most 40 characters.",
    };

    private static string DescribeHolding(Holding holding) => holding switch
    {
        Holding.Nib => "an NIB",
        Holding.Qris => "QRIS",
        Holding.Halal => "a halal certificate (SH)",
        Holding.TrademarkFiled => "a filed trademark application",
        Holding.Trademark => "a registered trademark",
        _ => holding.ToString(),
    };

    private static string Describe(StepStatus status) => status switch
    {
        StepStatus.Pending => "pending",
        StepStatus.InProgress => "in progress",
        StepStatus.Returned => "returned",
        StepStatus.Done => "done",
        StepStatus.Skipped => "skipped",
        _ => status.ToString(),
    };

    private static Refusal NotMentoring(UmkmState state) =>
        Refusal.Conflict("not-mentoring", $"UMKM {state.Id} is {UmkmRules.Describe(state.Status)}; steps move only while it is in mentoring.");

    private static UmkmState Rescheduled(UmkmState state, StepAt at, DateOnly anchor, ProgrammeReferenceData data)
    {
        var plan = state.Plan.ToArray();
        plan[at.PlanIndex] = Reschedule(plan[at.PlanIndex], at.Template, at.Index + 1, anchor, data.Calendar);
        return state with { Plan = plan };
    }

    private static UmkmState Replace(UmkmState state, StepAt at, StepState step)
    {
        var steps = at.Plan.Steps.ToArray();
        steps[at.Index] = step;
        var plan = state.Plan.ToArray();
        plan[at.PlanIndex] = at.Plan with { Steps = steps };
        return state with { Plan = plan };
    }

    private static Refusal? Locate(UmkmState state, string track, string step, ProgrammeReferenceData data, out StepAt at)
    {
        at = default;
        if (UmkmRules.Missing(state) is { } missing)
        {
            return missing;
        }
        var planIndex = state.Plan.ToList().FindIndex(t => t.Track == track);
        if (planIndex < 0)
        {
            return Refusal.NotFound("track-not-in-plan", $"The {track} track is not in UMKM {state.Id}'s plan (its tracks: {string.Join(", ", state.Plan.Select(t => t.Track))}).");
        }
        var plan = state.Plan[planIndex];
        var index = plan.Steps.ToList().FindIndex(s => s.Key == step);
        if (index < 0)
        {
            return Refusal.NotFound("step-not-in-track", $"The {track} track has no step '{step}' (its steps: {string.Join(", ", plan.Steps.Select(s => s.Key))}).");
        }
        var template = data.Tracks.Find(track)
            ?? throw new InvalidOperationException($"Track template '{track}' is missing from the configuration although a plan uses it.");
        var stepTemplate = template.Steps.FirstOrDefault(s => s.Key == step)
            ?? throw new InvalidOperationException($"Step template '{track}/{step}' is missing from the configuration although a plan uses it.");
        at = new StepAt(planIndex, plan, index, plan.Steps[index], template, stepTemplate);
        return null;
    }

    private readonly record struct StepAt(int PlanIndex, TrackPlan Plan, int Index, StepState Step, TrackTemplate Template, StepTemplate StepTemplate);
}
