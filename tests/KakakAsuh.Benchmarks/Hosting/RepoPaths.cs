using System.Reflection;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>Where the repository and the client API's binaries are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The client API built in this benchmark's configuration (the project builds it).</summary>
    public static string ClientApiDll { get; } = Metadata("ClientApiDll");

    public static string BuildConfiguration { get; } = Metadata("BuildConfiguration");

    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

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
