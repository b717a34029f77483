using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Rounds;
using KakakAsuh.Grains.Common;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Mentors;
using KakakAsuh.Nudges;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KakakAsuh.Grains.Rounds;

/// <summary>
/// One curation round. Closing records each assignment as it is made, so a close interrupted by a crash
/// resumes where it stopped, and the assignments themselves are idempotent on the UMKM and mentor grains.
/// </summary>
[GrainType(GrainTypes.CurationRound)]
public sealed class CurationRoundGrain(
    [PersistentState(StateNames.Round, StorageNames.Programme)] IPersistentState<RoundState> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    IGrainContext grainContext,
    IOptions<NudgeOptions> nudging,
    ILogger<CurationRoundGrain> logger) : Grain, ICurationRoundGrain, IRemindable
{
    /// <summary>The reminder an open round with a deadline holds.</summary>
    public const string DeadlineReminder = "round-deadline";

    private static readonly CommandContext System = new("system:round-deadline");
    private ReminderSwitch? reminder;

    private WorkflowState<RoundState>? workflow;

    private WorkflowState<RoundState> State => workflow ??= new(store, time, grainContext, logger, OnChangedAsync,
        (s, scope, who) => AccessRules.ForRound(s, Id, scope, who, data.Wilayah));

    private string Id => this.GetPrimaryKeyString();

    public Task<CommandResult<RoundState>> CreateAsync(RoundSetup setup, CommandContext context) =>
        State.ApplyAsync("create", context, (s, _) => RoundRules.Create(s, Id, setup, data.Wilayah), Permitted.Creator);

    public async Task<CommandResult<RoundState>> AddMentorCandidateAsync(string mentorId, CommandContext context)
    {
        if ((State.Authorize(context, Permitted.Staff) ?? Required("mentorId", mentorId) ?? Validation.CheckReferenceCode("mentorId", mentorId)) is { } refused)
        {
            return refused;
        }
        var mentor = await GrainFactory.GetGrain<IMentorGrain>(mentorId).GetAsync();
        return await State.ApplyAsync("add-mentor-candidate", context, (s, _) => RoundRules.AddMentorCandidate(s, mentorId, mentor, data.Wilayah));
    }

    public async Task<CommandResult<RoundState>> AddMenteeCandidateAsync(string umkmId, CommandContext context)
    {
        if ((State.Authorize(context, Permitted.Staff) ?? Required("umkmId", umkmId) ?? Validation.CheckReferenceCode("umkmId", umkmId)) is { } refused)
        {
            return refused;
        }
        var umkm = GrainFactory.GetGrain<IUmkmGrain>(umkmId);
        var check = RoundRules.AddMenteeCandidate(State.Current, umkmId, await umkm.GetAsync(), data.Wilayah);
        if (check.Refusal is { } refusal)
        {
            return refusal;
        }
        if (check.Next is null)
        {
            return new CommandResult<RoundState>(State.Current);
        }
        var nominated = await umkm.NominateAsync(Id, context.Forwarded);
        if (nominated.Refusal is { } notNominated)
        {
            return notNominated;
        }
        var snapshot = await umkm.GetAsync();
        return await State.ApplyAsync("add-mentee-candidate", context, (s, _) => RoundRules.AddMenteeCandidate(s, umkmId, snapshot, data.Wilayah));
    }

    public async Task<CommandResult<RoundState>> PickAsync(string mentorId, string umkmId, CommandContext context)
    {
        if ((State.Authorize(context, Permitted.Staff) ?? Required("mentorId", mentorId) ?? Required("umkmId", umkmId)
            ?? Validation.CheckReferenceCode("mentorId", mentorId) ?? Validation.CheckReferenceCode("umkmId", umkmId)) is { } refused)
        {
            return refused;
        }
        var mentor = await GrainFactory.GetGrain<IMentorGrain>(mentorId).GetAsync();
        return await State.ApplyAsync("pick", context, (s, _) => RoundRules.Pick(s, mentorId, umkmId, mentor));
    }

    public async Task<CommandResult<RoundState>> DecideAsync(PanelDecision decision, CommandContext context)
    {
        if ((State.Authorize(context, Permitted.Staff) ?? Required("umkmId", decision.UmkmId) ?? Required("panelMember", decision.PanelMember)) is { } refused)
        {
            return refused;
        }
        return await State.ApplyAsync(decision.Approve ? "approve-pick" : "reject-pick", context, (s, _) => RoundRules.Decide(s, decision, context.Reason));
    }

    public async Task<CommandResult<RoundState>> CloseAsync(CommandContext context)
    {
        var begun = await State.ApplyAsync("close", context, (s, _) => RoundRules.BeginClose(s));
        if (!begun.Accepted || State.Current.Status == RoundStatus.Closed)
        {
            return begun;
        }
        var forwarded = context.Forwarded;
        foreach (var pick in State.Current.Picks.Where(p => p.Status == PickStatus.Approved).ToList())
        {
            var refusal = await AssignAsync(pick, forwarded);
            await State.ApplyAsync("close", context, (s, _) => RoundRules.RecordAssignment(s, pick, refusal));
        }
        var assigned = State.Current.Picks.Where(p => p.Status == PickStatus.Assigned).Select(p => p.UmkmId).ToHashSet();
        foreach (var umkmId in State.Current.MenteeCandidates.Where(id => !assigned.Contains(id)))
        {
            await GrainFactory.GetGrain<IUmkmGrain>(umkmId).ReleaseNominationAsync(Id, forwarded);
        }
        return await State.ApplyAsync("close", context, (s, _) => RoundRules.FinishClose(s));
    }

    /// <summary>A value the command cannot do without; checked after the caller's scope, so a 403 or 404 comes first.</summary>
    private static Refusal? Required(string field, string? value) => Validation.Required(field, value, $"'{field}' is required.");

    public Task<CommandResult<RoundState>> ErasePersonalDataAsync(string umkmId, IReadOnlyList<string> values, CommandContext context) =>
        State.ApplyAsync("erase-personal-data", context with { Reason = null }, (s, _) => PersonalDataRules.EraseFromRound(s, umkmId, values), Permitted.Grains);

    public Task<RoundState?> GetAsync() =>
        Task.FromResult(State.Current.Status == RoundStatus.None ? null : State.Current);

    /// <summary>
    /// A reminder tick: shortly before the deadline staff are nudged once; on the deadline the round closes
    /// (or, if it cannot or is configured not to, is flagged and staff are told why).
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var current = State.Current;
        if (reminderName == DeadlineReminder && RoundRules.NeedsReminder(current))
        {
            var today = WorkingCalendar.Today(time);
            var deadline = current.Deadline!.Value;
            if (today >= deadline)
            {
                var closed = nudging.Value.CloseRoundsAtDeadline ? await CloseAsync(System) : null;
                if (closed?.Accepted != true)
                {
                    var why = closed?.Refusal is { } refusal
                        ? $"its deadline {deadline:yyyy-MM-dd} passed and it cannot close: {refusal.Message}"
                        : $"its deadline {deadline:yyyy-MM-dd} passed; staff close it when the picks are settled";
                    await NudgeStaffAsync(current, "flag", $"Curation round {current.Id} is flagged: {why}");
                    await State.ApplyAsync("flag", System, (s, _) => RoundRules.Flag(s, why));
                }
            }
            else if (current.DeadlineNudgedAt is null && data.Calendar.WorkingDaysBetween(today, deadline) <= nudging.Value.RoundNudgeWorkingDaysBefore)
            {
                var waiting = current.Picks.Count(p => p.Status == PickStatus.Proposed);
                await NudgeStaffAsync(current, "deadline", $"Curation round {current.Id} closes on {deadline:yyyy-MM-dd}; {waiting} pick(s) still await the panel's decision.");
                await State.ApplyAsync("deadline-nudge", System, (s, _) => RoundRules.DeadlineNudged(s, time.GetUtcNow()));
            }
        }
        await KeepReminderAsync(State.Current);
    }

    private Task NudgeStaffAsync(RoundState round, string what, string reason) =>
        GrainFactory.GetGrain<INudgeOutboxGrain>(round.ScopeCode).AddAsync(
        [
            new Nudge
            {
                Id = Nudge.IdFor(round.ScopeCode, round.Id, "round", what, NudgeRung.Staff),
                Rung = NudgeRung.Staff,
                KelurahanCode = round.ScopeCode,
                KecamatanCode = round.ScopeCode,
                Track = "round",
                Step = what,
                DueOn = round.Deadline!.Value,
                At = time.GetUtcNow(),
                Reason = reason,
                RoundId = round.Id,
            },
        ]);

    private async Task OnChangedAsync(RoundState current)
    {
        await GrainFactory.GetGrain<IRegistryGrain>(Registries.Rounds).AddAsync(current.Id);
        await KeepReminderAsync(current);
    }

    private Task KeepReminderAsync(RoundState current) =>
        (reminder ??= new ReminderSwitch(this, DeadlineReminder, nudging.Value.FirstCheckAfter, nudging.Value.ReminderPeriod)).SetAsync(RoundRules.NeedsReminder(current), mayExist: current.Deadline is not null);

    /// <summary>Makes one approved pick an assignment on the mentor and the UMKM; both calls are idempotent.</summary>
    private async Task<Refusal?> AssignAsync(Pick pick, CommandContext context)
    {
        var mentor = GrainFactory.GetGrain<IMentorGrain>(pick.MentorId);
        var accepted = await mentor.AcceptMenteeAsync(pick.UmkmId, context);
        if (accepted.Refusal is { } mentorRefusal)
        {
            return mentorRefusal;
        }
        var assigned = await GrainFactory.GetGrain<IUmkmGrain>(pick.UmkmId).AssignMentorAsync(pick.MentorId, Id, context);
        if (assigned.Refusal is { } umkmRefusal)
        {
            await mentor.ReleaseMenteeAsync(pick.UmkmId, MenteeOutcome.Withdrawn, context);
            return umkmRefusal;
        }
        return null;
    }
}
