namespace KakakAsuh.Common;

/// <summary>The registry keys.</summary>
public static class Registries
{
    public const string Mentors = "mentors";
    public const string Rounds = "rounds";
}
