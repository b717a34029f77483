using System.Text.Json;
using System.Text.RegularExpressions;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Deploy;

/// <summary>
/// The compose recipe seeds 35,000 UMKM into its Azurite: it must be the project's patched build (package-lock.json +
/// patches/), not the stock image, which scans every UMKM row for each grain read or write. <c>deploy/check.sh</c>
/// replays the image's install and starts it; this checks that compose uses that image and the image that install.
/// </summary>
public sealed partial class ComposeAzuriteTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepoPaths.Root, path));

    [Fact]
    public void ComposeAzurite_IsBuiltFromTheProjectsLockFileAndPatch_NotTheStockImage()
    {
        var compose = Read("deploy/compose.yaml");
        var azurite = ServiceBlock().Match(compose);
        Assert.True(azurite.Success, "compose.yaml has no azurite service");

        Assert.Contains("dockerfile: deploy/docker/azurite.Dockerfile", azurite.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("mcr.microsoft.com/azure-storage/azurite", compose, StringComparison.Ordinal);

        var dockerfile = Read("deploy/docker/azurite.Dockerfile");
        Assert.Contains("COPY package.json package-lock.json ./", dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY patches/ patches/", dockerfile, StringComparison.Ordinal);
        Assert.Contains("RUN npm ci", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"""--tablePort"", ""10002""", dockerfile);
    }

    [Fact]
    public void AzuriteImage_RunsANodeTheLockedAzuriteSupports()
    {
        var locked = JsonDocument.Parse(Read("package-lock.json")).RootElement.GetProperty("packages").GetProperty("node_modules/azurite");
        var needs = int.Parse(MajorVersion().Match(locked.GetProperty("engines").GetProperty("node").GetString()!).Groups[1].Value);

        var images = NodeImage().Matches(Read("deploy/docker/azurite.Dockerfile")).Select(m => int.Parse(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, major => Assert.True(major >= needs, $"node:{major} is older than Azurite {locked.GetProperty("version")} needs (node {needs})"));
    }

    [GeneratedRegex(@"(?ms)^  azurite:\n(?:    .*\n|\n)+")]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@">=\s*(\d+)")]
    private static partial Regex MajorVersion();

    [GeneratedRegex(@"^FROM node:(\d+)", RegexOptions.Multiline)]
    private static partial Regex NodeImage();
}
