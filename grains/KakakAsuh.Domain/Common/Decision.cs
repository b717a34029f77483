using KakakAsuh.Common;

namespace KakakAsuh.Domain.Common;

/// <summary>
/// What a rule decides about a command: the next state with a line for the history, a refusal, or
/// nothing to do (a repeated command that already took effect).
/// </summary>
public readonly record struct Decision<T>(T? Next, Refusal? Refusal, string Detail) where T : class
{
    public bool IsRefused => Refusal is not null;

    public static Decision<T> Accept(T next, string detail) => new(next, null, detail);

    /// <summary>The command already took effect: accept it and change nothing.</summary>
    public static Decision<T> AlreadyDone => new(null, null, "");

    public static implicit operator Decision<T>(Refusal refusal) => new(null, refusal, "");
}
