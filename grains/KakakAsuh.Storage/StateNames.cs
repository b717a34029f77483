namespace KakakAsuh.Storage;

/// <summary>
/// The state name of each stateful grain (<c>[PersistentState(StateNames.X, StorageNames.Programme)]</c>): the row key
/// of its grain-state row. Pinned by a test, like <see cref="GrainTypes"/>.
/// </summary>
public static class StateNames
{
    public const string Umkm = "umkm";
    public const string Mentor = "mentor";
    public const string Round = "round";
    public const string Summary = "summary";
    public const string History = "history";
    public const string Webhooks = "webhooks";
    public const string Delivery = "delivery";
    /// <summary>A day's access log as it was kept before its entries became rows of <see cref="ProgrammeTables.AccessLog"/>: read, never written.</summary>
    public const string AccessLog = "access-log";
    public const string AccessLogDays = "access-log-days";
    public const string Idempotency = "idempotency";
    public const string IdempotencyIndex = "idempotency-index";
    public const string Registry = "registry";
    public const string Seed = "seed";
}
