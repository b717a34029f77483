using KakakAsuh.Common;

namespace KakakAsuh.Rounds;

/// <summary>
/// One curation round (kurasi), keyed e.g. <c>31.73-2024-10-24</c>: mentors pick mentees, a panel decides. Its commands
/// answer with the state they produced and check the caller's scope against the round's area first.
/// </summary>
[Alias("KakakAsuh.Rounds.ICurationRoundGrain")]
public interface ICurationRoundGrain : IGrainWithStringKey
{
    /// <summary>Opens the round with its date, scope and expert panel.</summary>
    Task<CommandResult<RoundState>> CreateAsync(RoundSetup setup, CommandContext context);

    /// <summary>Adds a selected mentor of the round's area as a candidate Kakak Asuh.</summary>
    Task<CommandResult<RoundState>> AddMentorCandidateAsync(string mentorId, CommandContext context);

    /// <summary>Adds a mapped UMKM of the round's area as a candidate Adik Asuh, nominating it.</summary>
    Task<CommandResult<RoundState>> AddMenteeCandidateAsync(string umkmId, CommandContext context);

    /// <summary>Records a mentor's pick of a candidate mentee (capacity enforced; one mentee, one mentor).</summary>
    Task<CommandResult<RoundState>> PickAsync(string mentorId, string umkmId, CommandContext context);

    /// <summary>Records the panel's approval or rejection of a pick.</summary>
    Task<CommandResult<RoundState>> DecideAsync(PanelDecision decision, CommandContext context);

    /// <summary>Closes the round: every approved pick becomes an assignment. Idempotent and resumable.</summary>
    Task<CommandResult<RoundState>> CloseAsync(CommandContext context);

    /// <summary>Erases a candidate mentee's owner data (<paramref name="values"/>, any NIK or phone) from its pick notes and the history lines about it.</summary>
    Task<CommandResult<RoundState>> ErasePersonalDataAsync(string umkmId, IReadOnlyList<string> values, CommandContext context);

    /// <summary>The round's whole state, or null when it was never created.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<RoundState?> GetAsync();
}
