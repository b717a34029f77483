namespace KakakAsuh.Common;

/// <summary>
/// The answer to a command: accepted, or refused with the reason (and then nothing changed). Commands the client API
/// sends answer with <see cref="CommandResult{TState}"/>, which also carries the state they produced.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandResult")]
public record CommandResult([property: Id(0)] Refusal? Refusal)
{
    public static readonly CommandResult Ok = new((Refusal?)null);

    public bool Accepted => Refusal is null;

    /// <summary>
    /// Just accepted or refused, without a state: what one grain answers another, which has no use for the whole
    /// state (up to 400 history entries).
    /// </summary>
    public CommandResult WithoutState() => Refusal is null ? Ok : new CommandResult(Refusal);

    public static implicit operator CommandResult(Refusal refusal) => new(refusal);
}
