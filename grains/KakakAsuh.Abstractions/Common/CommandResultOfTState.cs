namespace KakakAsuh.Common;

/// <summary>
/// The answer to a command with the state it produced: the grain's state after the command was written (unchanged
/// when it had already taken effect), or the refusal and no state. The caller needs no second call to read it.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandResult`1")]
public sealed record CommandResult<TState> : CommandResult where TState : class
{
    public CommandResult(TState state) : base((Refusal?)null) => State = state;

    public CommandResult(Refusal refusal) : base(refusal)
    {
    }

    /// <summary>The state after the command; null when it was refused.</summary>
    [Id(0)] public TState? State { get; init; }

    public static implicit operator CommandResult<TState>(Refusal refusal) => new(refusal);
}
