namespace KakakAsuh.ClientApi.Umkm;

/// <summary>Completes a step; <see cref="Value"/> is what it yields (an NIB, an SH number, a trademark number).</summary>
public sealed record CompleteStepRequest(string? Value, DateTimeOffset? At);
