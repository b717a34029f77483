using KakakAsuh.Common;

namespace KakakAsuh.Mentors;

/// <summary>
/// One Kakak Asuh (mentor), keyed by its mentor id. Its staff commands answer with the state they produced and check
/// the caller's scope against the mentor's kecamatan first; taking on and letting go of mentees is for grains only.
/// </summary>
[Alias("KakakAsuh.Mentors.IMentorGrain")]
public interface IMentorGrain : IGrainWithStringKey
{
    /// <summary>Registers a mentor candidate.</summary>
    Task<CommandResult<MentorState>> RegisterAsync(MentorRegistration registration, CommandContext context);

    /// <summary>Selects the mentor after review, so it can pick mentees in curation rounds.</summary>
    Task<CommandResult<MentorState>> SelectAsync(CommandContext context);

    /// <summary>Changes how many mentees it can take; never below the mentees it has.</summary>
    Task<CommandResult<MentorState>> SetCapacityAsync(int capacity, CommandContext context);

    /// <summary>Takes on a mentee (from a round's close or a reassignment); idempotent.</summary>
    Task<CommandResult> AcceptMenteeAsync(string umkmId, CommandContext context);

    /// <summary>Lets a mentee go (graduated, withdrawn or reassigned); idempotent.</summary>
    Task<CommandResult> ReleaseMenteeAsync(string umkmId, MenteeOutcome outcome, CommandContext context);

    /// <summary>Deactivates a mentor that has no mentees left; the reason is required.</summary>
    Task<CommandResult<MentorState>> DeactivateAsync(CommandContext context);

    /// <summary>The mentor's whole state, or null when it was never registered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MentorState?> GetAsync();
}
