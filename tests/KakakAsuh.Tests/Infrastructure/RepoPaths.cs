namespace KakakAsuh.Tests.Infrastructure;

/// <summary>Finds the repository root (where <c>KakakAsuh.Actors.sln</c> is) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KakakAsuh.Actors.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find KakakAsuh.Actors.sln above " + AppContext.BaseDirectory);
    }
}
