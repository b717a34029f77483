using KakakAsuh.Common;

namespace KakakAsuh.Umkm;

/// <summary>
/// One UMKM (keyed by its reference code): profile, holdings, programme status and mentoring plan. Its commands answer
/// with the state they produced; those only a curation round sends answer accepted or refused. Each checks the
/// caller's scope (<see cref="CommandContext.Scope"/>) against the UMKM's own area and mentor first.
/// </summary>
[Alias("KakakAsuh.Umkm.IUmkmGrain")]
public interface IUmkmGrain : IGrainWithStringKey
{
    /// <summary>Registers the UMKM with a validated profile.</summary>
    Task<CommandResult<UmkmState>> RegisterAsync(UmkmRegistration registration, CommandContext context);

    /// <summary>Records the assessed needs (pemetaan) and builds the mentoring plan from the track templates.</summary>
    Task<CommandResult<UmkmState>> MapNeedsAsync(IReadOnlyList<string> tracks, CommandContext context);

    /// <summary>Makes the UMKM a candidate mentee of a curation round (called by the round).</summary>
    Task<CommandResult> NominateAsync(string roundId, CommandContext context);

    /// <summary>Returns a candidate nobody picked to the mapped pool (called by the round on close).</summary>
    Task<CommandResult> ReleaseNominationAsync(string roundId, CommandContext context);

    /// <summary>Assigns the mentor that picked it in a round (called by the round on close); idempotent.</summary>
    Task<CommandResult> AssignMentorAsync(string mentorId, string roundId, CommandContext context);

    /// <summary>Starts mentoring: the plan's due dates are set from today in working days.</summary>
    Task<CommandResult<UmkmState>> BeginMentoringAsync(CommandContext context);

    /// <summary>Starts a step (or resubmits a returned one).</summary>
    Task<CommandResult<UmkmState>> StartStepAsync(string track, string step, CommandContext context);

    /// <summary>Completes a step in progress; <paramref name="value"/> carries what it yields (an NIB, a certificate number).</summary>
    Task<CommandResult<UmkmState>> CompleteStepAsync(string track, string step, string? value, CommandContext context);

    /// <summary>Records that the checking body sent a step back; the reason is required.</summary>
    Task<CommandResult<UmkmState>> ReturnStepAsync(string track, string step, CommandContext context);

    /// <summary>Skips a step that this UMKM does not need; the reason is required.</summary>
    Task<CommandResult<UmkmState>> SkipStepAsync(string track, string step, CommandContext context);

    /// <summary>Moves the mentee to another mentor, keeping its progress.</summary>
    Task<CommandResult<UmkmState>> ReassignMentorAsync(string mentorId, CommandContext context);

    /// <summary>Graduates a mentee whose every step is done or skipped.</summary>
    Task<CommandResult<UmkmState>> GraduateAsync(CommandContext context);

    /// <summary>Withdraws the UMKM from the programme from any open state; the reason is required.</summary>
    Task<CommandResult<UmkmState>> WithdrawAsync(CommandContext context);

    /// <summary>Corrects the owner's personal data on the data subject's request; the history names the fields, not the values.</summary>
    Task<CommandResult<UmkmState>> CorrectPersonalDataAsync(PersonalDataCorrection correction, CommandContext context);

    /// <summary>
    /// Erases the owner's personal data on request: the name, NIK and phone are anonymised in the state, in the
    /// history and in the kecamatan's nudge outbox; the business facts and the summaries stay as they were. Idempotent.
    /// </summary>
    Task<CommandResult<UmkmState>> ErasePersonalDataAsync(CommandContext context);

    /// <summary>The UMKM's whole state, or null when it was never registered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<UmkmState?> GetAsync();
}
