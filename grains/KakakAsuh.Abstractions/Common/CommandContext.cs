namespace KakakAsuh.Common;

/// <summary>
/// Who issues a command and why; every accepted command records both in the grain's history.
/// <see cref="At"/> records something that already happened (a step finished last Tuesday, a back-filled
/// programme): it may not lie in the future, nor before the grain's last recorded event.
/// <see cref="Scope"/> is what the client API's caller may act on; commands from inside the cluster (another grain,
/// the seeder, a test) carry none and act for the programme itself. <see cref="NamedBy"/> is the scope of a caller who
/// named the receiving record in its request (the mentor a mentee is reassigned to): that record checks it too.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandContext")]
public sealed record CommandContext(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] DateTimeOffset? At = null,
    [property: Id(3)] CallerScope? Scope = null,
    [property: Id(4)] CallerScope? NamedBy = null)
{
    /// <summary>
    /// The same actor, reason and time without the caller's scope: for a command one grain passes on to another
    /// after it checked the scope against its own state (the other record may lie outside the caller's area).
    /// </summary>
    public CommandContext Forwarded => Scope is null && NamedBy is null ? this : this with { Scope = null, NamedBy = null };

    /// <summary>
    /// Forwarded to a record the caller named in its request: the receiving grain checks that the caller's scope holds
    /// it too (the caller may act on the first record, not on anything it names).
    /// </summary>
    public CommandContext ForNamedRecord => this with { Scope = null, NamedBy = Scope ?? NamedBy };
}
