using System.Reflection;

namespace KakakAsuh.Testing;

/// <summary>Where the repository, Azurite and the silo's and client API's binaries (built in this configuration) are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The silo, built in this library's configuration (the library's build builds it).</summary>
    public static string SiloDll => Existing(Metadata("SiloDll"));

    /// <summary>The client API, built in this library's configuration.</summary>
    public static string ClientApiDll => Existing(Metadata("ClientApiDll"));

    public static string BuildConfiguration { get; } = Metadata("BuildConfiguration");

    /// <summary>
    /// The Azurite table service's entry point: the repository's node_modules (the build runs <c>npm ci</c>), or another
    /// build (e.g. a patched copy to compare) named by the environment variable <c>BENCH_AZURITE_TABLE_MAIN</c>.
    /// </summary>
    public static string AzuriteTableMain => Existing(Environment.GetEnvironmentVariable("BENCH_AZURITE_TABLE_MAIN") is { Length: > 0 } other
        ? Path.GetFullPath(other)
        : Path.Combine(Root, "node_modules", "azurite", "dist", "src", "table", "main.js"));

    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution (the test projects build the silo and the API; their build runs 'npm ci' for Azurite).");

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
