using System.Text.RegularExpressions;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Deploy;

/// <summary>
/// The deploy recipes (deploy/: run-cluster.sh, Dockerfiles, compose, Kubernetes, Bicep) configure the apps through
/// environment variables; a misspelt one would be silently ignored. Every variable they set must be a key the apps read.
/// </summary>
public sealed partial class DeployRecipeTests
{
    private static readonly string[] Recipes =
    [
        "deploy/run-cluster.sh", "deploy/docker/silo.Dockerfile", "deploy/docker/client-api.Dockerfile", "deploy/compose.yaml",
        "deploy/k8s/silo.yaml", "deploy/k8s/client-api.yaml", "deploy/azure/main.bicep",
    ];

    public static TheoryData<string> RecipeFiles => new(Recipes);

    [Theory]
    [MemberData(nameof(RecipeFiles))]
    public void EveryConfigurationVariable_IsAKeyTheAppsRead(string recipe)
    {
        var variables = ConfigurationVariables(File.ReadAllText(Path.Combine(RepoPaths.Root, recipe)));

        var unknown = variables.Where(v => !ConfigurationKeys.Known.Contains(ConfigurationKeys.Normalize(v))).ToList();

        Assert.NotEmpty(variables);
        Assert.True(unknown.Count == 0, $"{recipe} sets variables no app reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void KubernetesManifest_SetsWhatOrleansKubernetesHostingReads()
    {
        var manifest = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy/k8s/silo.yaml"));
        var named = EnvNames().Matches(manifest).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(ConfigurationKeys.KubernetesVariables.ToHashSet(StringComparer.Ordinal), named);
        Assert.Contains("orleans/clusterId", manifest, StringComparison.Ordinal);
        Assert.Contains("orleans/serviceId", manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orleans__SiloPrt: 1")]
    [InlineData("- name: Nudges__StaffAfterDays")]
    [InlineData("{ name: 'ConnectionStrings__Storag', secretRef: 'x' }")]
    public void AMisspeltVariable_IsCaught(string line)
    {
        var variable = Assert.Single(ConfigurationVariables(line));

        Assert.DoesNotContain(ConfigurationKeys.Normalize(variable), ConfigurationKeys.Known);
    }

    /// <summary>Configuration keys spelt as environment variables: <c>Section__Key</c>, and <c>Urls</c>.</summary>
    private static IReadOnlySet<string> ConfigurationVariables(string text) =>
        ConfigVariable().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+\b|\bUrls(?==)")]
    private static partial Regex ConfigVariable();

    [GeneratedRegex(@"- name: ([A-Z_]+)\b")]
    private static partial Regex EnvNames();
}
