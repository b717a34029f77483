namespace KakakAsuh.Nudges;

/// <summary>
/// The persisted outbox of one kecamatan's nudges (key: the kecamatan code), one table row per nudge: the feed
/// reads it, and every new nudge is handed to the registered webhooks for delivery. Its calls run concurrently.
/// </summary>
[Alias("KakakAsuh.Nudges.INudgeOutboxGrain")]
public interface INudgeOutboxGrain : IGrainWithStringKey
{
    /// <summary>Adds nudges; one already held (same id) is not added or delivered again.</summary>
    Task AddAsync(IReadOnlyList<Nudge> nudges);

    /// <summary>A page of nudges, newest first.</summary>
    Task<NudgePage> QueryAsync(NudgeQuery query);

    /// <summary>One nudge by its id, or null.</summary>
    Task<Nudge?> FindAsync(string nudgeId);

    /// <summary>Marks a nudge as read by its recipient (once; again changes nothing); false if there is no such nudge.</summary>
    Task<bool> AcknowledgeAsync(string nudgeId, string by);

    /// <summary>Replaces <paramref name="values"/> (erased personal data) in the texts of one UMKM's nudges.</summary>
    Task EraseAsync(string umkmId, IReadOnlyList<string> values);
}
