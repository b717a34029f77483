namespace KakakAsuh.Common;

/// <summary>What to do with a request carrying an idempotency key.</summary>
public enum IdempotencyOutcome
{
    /// <summary>First time: run it.</summary>
    Proceed,
    /// <summary>The same request is running right now.</summary>
    InProgress,
    /// <summary>Done before: send the stored response.</summary>
    Replay,
    /// <summary>The key was used for a different request.</summary>
    KeyReused,
}
