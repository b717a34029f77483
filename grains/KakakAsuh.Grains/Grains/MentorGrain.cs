using KakakAsuh.Common;
using KakakAsuh.Mentors;
using KakakAsuh.ReferenceData;
using KakakAsuh.Rules;

namespace KakakAsuh.Grains;

/// <summary>One Kakak Asuh: its review status, capacity and mentees.</summary>
public sealed class MentorGrain(
    [PersistentState("mentor", StorageNames.Programme)] IPersistentState<MentorState> store,
    ProgrammeReferenceData data,
    TimeProvider time,
    IGrainContext grainContext) : Grain, IMentorGrain
{
    private readonly WorkflowState<MentorState> state = new(store, time, grainContext);

    private string Id => this.GetPrimaryKeyString();

    public Task<CommandResult> RegisterAsync(MentorRegistration registration, CommandContext context) =>
        state.ApplyAsync("register", context, s => MentorRules.Register(s, Id, registration, data.Wilayah));

    public Task<CommandResult> SelectAsync(CommandContext context) =>
        state.ApplyAsync("select", context, MentorRules.Select);

    public Task<CommandResult> SetCapacityAsync(int capacity, CommandContext context) =>
        state.ApplyAsync("set-capacity", context, s => MentorRules.SetCapacity(s, capacity));

    public Task<CommandResult> AcceptMenteeAsync(string umkmId, CommandContext context) =>
        state.ApplyAsync("accept-mentee", context, s => MentorRules.AcceptMentee(s, umkmId));

    public Task<CommandResult> ReleaseMenteeAsync(string umkmId, MenteeOutcome outcome, CommandContext context) =>
        state.ApplyAsync("release-mentee", context, s => MentorRules.ReleaseMentee(s, umkmId, outcome));

    public Task<CommandResult> DeactivateAsync(CommandContext context) =>
        state.ApplyAsync("deactivate", context, s => MentorRules.Deactivate(s, context.Reason));

    public Task<MentorState?> GetAsync() =>
        Task.FromResult(state.Current.Status == MentorStatus.None ? null : state.Current);
}
