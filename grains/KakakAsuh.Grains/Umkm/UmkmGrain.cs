using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Nudges;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Grains.Common;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Mentors;
using KakakAsuh.Nudges;
using KakakAsuh.Rounds;
using KakakAsuh.Storage.Umkm;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Umkm;

/// <summary>One UMKM: loads its state, asks the rules, persists, and keeps its mentor grains in step.</summary>
[GrainType(GrainTypes.Umkm)]
public sealed class UmkmGrain(
    [PersistentState(StateNames.Umkm, StorageNames.Programme)] IPersistentState<UmkmState> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    IGrainContext grainContext,
    IOptions<NudgeOptions> nudging,
    MentoringTable mentoring,
    ILogger<UmkmGrain> logger) : Grain, IUmkmGrain, IRemindable
{
    /// <summary>The one reminder a UMKM with dated open steps holds.</summary>
    public const string NudgeReminder = "nudge";

    private const string SystemActor = "system:nudges";

    private ReminderSwitch? reminder;

    private WorkflowState<UmkmState>? workflow;

    /// <summary>The version of the state this activation last wrote to the mentoring table (-1: none yet).</summary>
    private long projected = -1;

    private WorkflowState<UmkmState> State => workflow ??= new(store, time, grainContext, logger, OnChangedAsync,
        (s, scope, who) => AccessRules.ForUmkm(s, Id, scope, who, data.Wilayah));

    private string Id => this.GetPrimaryKeyString();

    private DateOnly Today => WorkingCalendar.Today(time);

    public Task<CommandResult<UmkmState>> RegisterAsync(UmkmRegistration registration, CommandContext context) =>
        State.ApplyAsync("register", context, (s, _) => UmkmRules.Register(s, Id, registration, data.Wilayah), Permitted.Creator);

    public Task<CommandResult<UmkmState>> MapNeedsAsync(IReadOnlyList<string> tracks, CommandContext context) =>
        State.ApplyAsync("map-needs", context, (s, _) => UmkmRules.MapNeeds(s, tracks, data.Tracks));

    public async Task<CommandResult> NominateAsync(string roundId, CommandContext context) =>
        (await State.ApplyAsync("nominate", context, (s, _) => UmkmRules.Nominate(s, roundId), Permitted.Grains)).WithoutState();

    public async Task<CommandResult> ReleaseNominationAsync(string roundId, CommandContext context) =>
        (await State.ApplyAsync("release-nomination", context, (s, _) => UmkmRules.ReleaseNomination(s, roundId), Permitted.Grains)).WithoutState();

    public async Task<CommandResult> AssignMentorAsync(string mentorId, string roundId, CommandContext context) =>
        (await State.ApplyAsync("assign-mentor", context, (s, _) => UmkmRules.AssignMentor(s, mentorId, roundId), Permitted.Grains)).WithoutState();

    public Task<CommandResult<UmkmState>> BeginMentoringAsync(CommandContext context) =>
        State.ApplyAsync("begin-mentoring", context, (s, day) => UmkmRules.BeginMentoring(s, day, data));

    public Task<CommandResult<UmkmState>> StartStepAsync(string track, string step, CommandContext context) =>
        State.ApplyAsync("start-step", context, (s, day) => PlanRules.StartStep(s, track, step, day, data), Permitted.StaffOrOwnMentor);

    public Task<CommandResult<UmkmState>> CompleteStepAsync(string track, string step, string? value, CommandContext context) =>
        State.ApplyAsync("complete-step", context, (s, day) => PlanRules.CompleteStep(s, track, step, value, day, data), Permitted.StaffOrOwnMentor);

    public Task<CommandResult<UmkmState>> ReturnStepAsync(string track, string step, CommandContext context) =>
        State.ApplyAsync("return-step", context, (s, day) => PlanRules.ReturnStep(s, track, step, context.Reason, day, data), Permitted.StaffOrOwnMentor);

    public Task<CommandResult<UmkmState>> SkipStepAsync(string track, string step, CommandContext context) =>
        State.ApplyAsync("skip-step", context, (s, day) => PlanRules.SkipStep(s, track, step, context.Reason, day, data), Permitted.StaffOrOwnMentor);

    /// <summary>The new mentor accepts first, then the UMKM records the move, then the old mentor lets go.</summary>
    public async Task<CommandResult<UmkmState>> ReassignMentorAsync(string mentorId, CommandContext context)
    {
        var check = State.Authorize(context, Permitted.Staff)
            ?? Validation.Required("mentorId", mentorId, "Name the mentor to reassign the mentee to.")
            ?? Validation.CheckReferenceCode("mentorId", mentorId)
            ?? UmkmRules.Reassign(State.Current, mentorId).Refusal;
        if (check is { } refusal)
        {
            return refusal;
        }
        var previous = State.Current.MentorId;
        var forwarded = context.Forwarded;
        var newMentor = GrainFactory.GetGrain<IMentorGrain>(mentorId);
        // The caller named the new mentor: it must be in the caller's area too, not only this UMKM.
        var accepted = await newMentor.AcceptMenteeAsync(Id, context.ForNamedRecord);
        if (accepted.Refusal is { } mentorRefusal)
        {
            return mentorRefusal;
        }
        CommandResult<UmkmState> result;
        try
        {
            result = await State.ApplyAsync("reassign-mentor", context, (s, _) => UmkmRules.Reassign(s, mentorId));
            if (!result.Accepted)
            {
                await newMentor.ReleaseMenteeAsync(Id, MenteeOutcome.Reassigned, forwarded);
                return result;
            }
        }
        catch
        {
            await newMentor.ReleaseMenteeAsync(Id, MenteeOutcome.Reassigned, forwarded);
            throw;
        }
        if (previous is not null)
        {
            await GrainFactory.GetGrain<IMentorGrain>(previous).ReleaseMenteeAsync(Id, MenteeOutcome.Reassigned, forwarded);
        }
        return result;
    }

    public async Task<CommandResult<UmkmState>> GraduateAsync(CommandContext context)
    {
        var result = await State.ApplyAsync("graduate", context, (s, _) => UmkmRules.Graduate(s));
        return result.Accepted ? await ReleaseMentorAsync(result, MenteeOutcome.Graduated, context) : result;
    }

    public async Task<CommandResult<UmkmState>> WithdrawAsync(CommandContext context)
    {
        var result = await State.ApplyAsync("withdraw", context, (s, _) => UmkmRules.Withdraw(s, context.Reason));
        return result.Accepted ? await ReleaseMentorAsync(result, MenteeOutcome.Withdrawn, context) : result;
    }

    public Task<CommandResult<UmkmState>> CorrectPersonalDataAsync(PersonalDataCorrection correction, CommandContext context) =>
        State.ApplyAsync("correct-personal-data", context, (s, _) => PersonalDataRules.Correct(s, correction));

    /// <summary>
    /// The copies elsewhere are scrubbed first (nudges and their webhook queues, the rounds' pick notes, stored
    /// idempotent answers): if the state write then fails, a repeated request finds the values again. The command's
    /// reason (the purpose) is not recorded here: the access log keeps it.
    /// </summary>
    public async Task<CommandResult<UmkmState>> ErasePersonalDataAsync(CommandContext context)
    {
        if (State.Authorize(context, Permitted.Staff) is { } denied)
        {
            return denied;
        }
        var current = State.Current;
        if (current.Status != ProgrammeStatus.None && current.PersonalDataErasedAt is null)
        {
            var values = PersonalDataRules.ValuesOf(current);
            if (data.Wilayah.Find(current.Profile.KelurahanCode)?.ParentCode is { } kecamatan)
            {
                await GrainFactory.GetGrain<INudgeOutboxGrain>(kecamatan).EraseAsync(Id, values);
            }
            // Rounds joined before the list was kept are found through the current one.
            foreach (var round in current.Rounds.Append(current.RoundId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                await GrainFactory.GetGrain<ICurationRoundGrain>(round).ErasePersonalDataAsync(Id, values, context.Forwarded with { Reason = null });
            }
            await GrainFactory.GetGrain<IIdempotencyIndexGrain>(Id).EraseAsync();
        }
        return await State.ApplyAsync("erase-personal-data", context with { Reason = null }, (s, _) => PersonalDataRules.Erase(s, time.GetUtcNow()));
    }

    public Task<UmkmState?> GetAsync() =>
        Task.FromResult(State.Current.Status == ProgrammeStatus.None ? null : State.Current);

    /// <summary>Lets the mentor go after graduation or withdrawal; a repeated command repeats this (it is idempotent).</summary>
    private async Task<CommandResult<UmkmState>> ReleaseMentorAsync(CommandResult<UmkmState> result, MenteeOutcome outcome, CommandContext context)
    {
        if (State.Current.MentorId is { } mentorId)
        {
            await GrainFactory.GetGrain<IMentorGrain>(mentorId).ReleaseMenteeAsync(Id, outcome, context.Forwarded);
        }
        return result;
    }

    /// <summary>
    /// A reminder tick: fires the nudges that are due by now (all of them after ticks were missed) and records
    /// them; a repeated tick finds them recorded and sends nothing. The outbox comes first and de-duplicates by
    /// id, so a failure before the record only means the same nudges are offered again at the next tick.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != NudgeReminder)
        {
            return;
        }
        var current = State.Current;
        var now = time.GetUtcNow();
        var today = Today;
        // Nudges go to district heads and to webhooks, who may not read the owner's data: their reasons quote free texts redacted.
        var due = NudgeRules.Due(PersonalDataRules.Redacted(current), today, nudging.Value.Ladder, data.Calendar);
        if (due.Count > 0)
        {
            var kecamatan = data.Wilayah.Find(current.Profile.KelurahanCode)?.ParentCode ?? current.Profile.KelurahanCode;
            var nudges = due.Select(d => new Nudge
            {
                Id = Nudge.IdFor(kecamatan, current.Id, d.Track.Track, d.Step.Key, d.Rung),
                Rung = d.Rung,
                UmkmId = current.Id,
                BusinessName = current.Profile.BusinessName,
                KelurahanCode = current.Profile.KelurahanCode,
                KecamatanCode = kecamatan,
                MentorId = current.MentorId,
                Track = d.Track.Track,
                Step = d.Step.Key,
                DueOn = d.Step.DueOn!.Value,
                At = now,
                Reason = $"{current.Profile.BusinessName}: {OverdueExplainer.Explain(d.Track, d.Step, today, data.Calendar)} Now nudging {OverdueExplainer.Describe(d.Rung)}.",
            }).ToList();
            await GrainFactory.GetGrain<INudgeOutboxGrain>(kecamatan).AddAsync(nudges);
            await State.ApplyAsync("nudge", new CommandContext(SystemActor), (s, _) =>
                NudgeRules.Record(s, [.. due.Select(d => (d.Track.Track, d.Step.Key, d.Rung))], now));
        }
        if (projected != State.Current.Version)
        {
            await ProjectAsync(State.Current);
        }
        await KeepReminderAsync(State.Current);
    }

    /// <summary>After every accepted write: report to the area summary and keep the reminder only while it is needed.</summary>
    private async Task OnChangedAsync(UmkmState current)
    {
        await ProjectAsync(current);
        await GrainFactory.GetGrain<IAreaSummaryGrain>(SummaryRules.AreaOf(current)).ReportAsync(SummaryRules.ReportFor(current, Today));
        await KeepReminderAsync(current);
    }

    /// <summary>
    /// Writes the row the overdue lists and the worklist read (<see cref="MentoringTable"/>); one that fails is written
    /// again at the next reminder tick (a UMKM with dated open steps has one) or the next accepted write. Its free texts
    /// are redacted here, where the owner's names and phones are known: the lists go to district heads too, and the
    /// row holds no personal data (a UMKM's own read shows the notes in full to those who may see them).
    /// </summary>
    private async Task ProjectAsync(UmkmState current)
    {
        try
        {
            await mentoring.SetAsync(data.Wilayah.Find(current.Profile.KelurahanCode)?.ParentCode ?? current.Profile.KelurahanCode, PersonalDataRules.Redacted(current));
            projected = current.Version;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Writing {GrainId}'s mentoring row failed; its next reminder tick writes it again.", this.GetGrainId());
        }
    }

    private Task KeepReminderAsync(UmkmState current) =>
        (reminder ??= new ReminderSwitch(this, NudgeReminder, nudging.Value.FirstCheckAfter, nudging.Value.ReminderPeriod)).SetAsync(NudgeRules.NeedsReminder(current), mayExist: current.MentoringSince is not null);
}
