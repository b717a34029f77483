namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Fresh grain keys, so that tests sharing a cluster never see each other's grains.</summary>
public static class Keys
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
