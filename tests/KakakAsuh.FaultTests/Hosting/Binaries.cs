using System.Reflection;

namespace KakakAsuh.FaultTests.Hosting;

/// <summary>The silo and client API assemblies, built in this project's configuration (the project builds them).</summary>
public static class Binaries
{
    public static string SiloDll { get; } = Existing(Metadata("SiloDll"));

    public static string ClientApiDll { get; } = Existing(Metadata("ClientApiDll"));

    public static string AzuriteTableMain { get; } = Existing(Path.Combine(RepoRoot(), "node_modules", "azurite", "dist", "src", "table", "main.js"));

    private static string Metadata(string key) =>
        typeof(Binaries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build KakakAsuh.FaultTests (it builds the silo and the API; its build runs 'npm ci' for Azurite).");

    private static string RepoRoot()
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
