namespace KakakAsuh.Common;

/// <summary>
/// What the client API's caller may act on, sent with each of its commands so that the grain checks it against its
/// own state, in the same turn as the command: Sudin staff act inside <see cref="Area"/> (the whole city when null);
/// a mentor acts as <see cref="MentorId"/>. A scope with neither may act on nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.CallerScope")]
public sealed record CallerScope(
    [property: Id(0)] bool IsStaff,
    [property: Id(1)] string? Area = null,
    [property: Id(2)] string? MentorId = null)
{
    public static CallerScope Staff(string? area) => new(true, area);

    public static CallerScope Mentor(string mentorId) => new(false, null, mentorId);
}
