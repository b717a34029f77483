using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Mentors;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Domain.Summaries;
using KakakAsuh.Grains.Common;
using KakakAsuh.Mentors;
using KakakAsuh.Summaries;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Grains.Mentors;

/// <summary>One Kakak Asuh: its review status, capacity and mentees.</summary>
[GrainType(GrainTypes.Mentor)]
public sealed class MentorGrain(
    [PersistentState(StateNames.Mentor, StorageNames.Programme)] IPersistentState<MentorState> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    IGrainContext grainContext,
    ILogger<MentorGrain> logger) : Grain, IMentorGrain
{
    private WorkflowState<MentorState>? workflow;

    private WorkflowState<MentorState> State => workflow ??= new(store, time, grainContext, logger, ReportAsync,
        (s, scope, who) => AccessRules.ForMentor(s, Id, scope, who, data.Wilayah));

    private string Id => this.GetPrimaryKeyString();

    public Task<CommandResult<MentorState>> RegisterAsync(MentorRegistration registration, CommandContext context) =>
        State.ApplyAsync("register", context, (s, _) => MentorRules.Register(s, Id, registration, data.Wilayah), Permitted.Creator);

    public Task<CommandResult<MentorState>> SelectAsync(CommandContext context) =>
        State.ApplyAsync("select", context, (s, _) => MentorRules.Select(s));

    public Task<CommandResult<MentorState>> SetCapacityAsync(int capacity, CommandContext context) =>
        State.ApplyAsync("set-capacity", context, (s, _) => MentorRules.SetCapacity(s, capacity));

    public async Task<CommandResult> AcceptMenteeAsync(string umkmId, CommandContext context) =>
        (await State.ApplyAsync("accept-mentee", context, (s, _) => MentorRules.AcceptMentee(s, umkmId), Permitted.Grains)).WithoutState();

    public async Task<CommandResult> ReleaseMenteeAsync(string umkmId, MenteeOutcome outcome, CommandContext context) =>
        (await State.ApplyAsync("release-mentee", context, (s, _) => MentorRules.ReleaseMentee(s, umkmId, outcome), Permitted.Grains)).WithoutState();

    public Task<CommandResult<MentorState>> DeactivateAsync(CommandContext context) =>
        State.ApplyAsync("deactivate", context, (s, _) => MentorRules.Deactivate(s, context.Reason));

    public Task<MentorState?> GetAsync() =>
        Task.FromResult(State.Current.Status == MentorStatus.None ? null : State.Current);

    /// <summary>A mentor counts in its kelurahan when it has one, else in its kecamatan.</summary>
    private async Task ReportAsync(MentorState current)
    {
        await GrainFactory.GetGrain<IAreaSummaryGrain>(SummaryRules.AreaOf(current)).ReportAsync(SummaryRules.ReportFor(current));
        await GrainFactory.GetGrain<IRegistryGrain>(Registries.Mentors).AddAsync(current.Id);
    }
}
