using KakakAsuh.Common;
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

    private WorkflowState<MentorState> State => workflow ??= new(store, time, grainContext, logger, ReportAsync);

    private string Id => this.GetPrimaryKeyString();

    public Task<CommandResult> RegisterAsync(MentorRegistration registration, CommandContext context) =>
        State.ApplyAsync("register", context, (s, _) => MentorRules.Register(s, Id, registration, data.Wilayah));

    public Task<CommandResult> SelectAsync(CommandContext context) =>
        State.ApplyAsync("select", context, (s, _) => MentorRules.Select(s));

    public Task<CommandResult> SetCapacityAsync(int capacity, CommandContext context) =>
        State.ApplyAsync("set-capacity", context, (s, _) => MentorRules.SetCapacity(s, capacity));

    public Task<CommandResult> AcceptMenteeAsync(string umkmId, CommandContext context) =>
        State.ApplyAsync("accept-mentee", context, (s, _) => MentorRules.AcceptMentee(s, umkmId));

    public Task<CommandResult> ReleaseMenteeAsync(string umkmId, MenteeOutcome outcome, CommandContext context) =>
        State.ApplyAsync("release-mentee", context, (s, _) => MentorRules.ReleaseMentee(s, umkmId, outcome));

    public Task<CommandResult> DeactivateAsync(CommandContext context) =>
        State.ApplyAsync("deactivate", context, (s, _) => MentorRules.Deactivate(s, context.Reason));

    public Task<MentorState?> GetAsync() =>
        Task.FromResult(State.Current.Status == MentorStatus.None ? null : State.Current);

    /// <summary>A mentor counts in its kelurahan when it has one, else in its kecamatan.</summary>
    private async Task ReportAsync(MentorState current)
    {
        var report = new SourceReport("mentor:" + current.Id, current.Version, SummaryRules.CountsFor(current));
        await GrainFactory.GetGrain<IAreaSummaryGrain>(current.KelurahanCode ?? current.KecamatanCode).ReportAsync(report);
        await GrainFactory.GetGrain<IRegistryGrain>(Registries.Mentors).AddAsync(current.Id);
    }
}
