namespace KakakAsuh.Common;

/// <summary>The answer to a command: accepted, or refused with the reason (and then nothing changed).</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CommandResult")]
public sealed record CommandResult([property: Id(0)] Refusal? Refusal)
{
    public static readonly CommandResult Ok = new((Refusal?)null);

    public bool Accepted => Refusal is null;

    public static implicit operator CommandResult(Refusal refusal) => new(refusal);
}
