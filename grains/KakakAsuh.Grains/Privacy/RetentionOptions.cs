namespace KakakAsuh.Grains.Privacy;

/// <summary>
/// How long each kind of record is kept (section <c>Retention</c>), validated when the silo starts. Grain state
/// and history of UMKM live as long as the programme; erasure requests remove their personal data at once.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The personal-data access log: whole days older than this are dropped.</summary>
    public TimeSpan AccessLog { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Responses stored for <c>Idempotency-Key</c> replays.</summary>
    public TimeSpan IdempotentResponses { get; set; } = TimeSpan.FromHours(24);

    public static bool IsValid(RetentionOptions o) =>
        o.AccessLog >= TimeSpan.FromDays(1) && o.IdempotentResponses > TimeSpan.Zero && o.IdempotentResponses <= TimeSpan.FromDays(30);
}
