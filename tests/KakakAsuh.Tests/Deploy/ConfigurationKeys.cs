using System.Reflection;
using System.Text.Json;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Grains.Nudges;
using KakakAsuh.Grains.Summaries;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.Seeder;
using KakakAsuh.ServiceDefaults.Auth;
using KakakAsuh.Silo;
using KakakAsuh.Tests.Infrastructure;
using Orleans.Hosting.Kubernetes;

namespace KakakAsuh.Tests.Deploy;

/// <summary>
/// Every configuration key the silo, the client API, the seeder or the development identity provider reads: their appsettings files, the properties of their
/// options classes under each section, and the keys ASP.NET Core's JWT bearer handler reads from
/// <c>Authentication:Schemes:Bearer</c>, and the sign-in settings of <c>Authentication:OpenIdConnect</c>. Keys compare without case and without array indexes, as configuration does.
/// </summary>
public static class ConfigurationKeys
{
    /// <summary>The keys <c>AddJwtBearer()</c> binds from its scheme's section (JwtBearerConfigureOptions).</summary>
    private static readonly string[] BearerKeys =
        ["ValidIssuer", "ValidIssuers", "ValidAudience", "ValidAudiences", "SigningKeys:Issuer", "SigningKeys:Value", "Authority", "RequireHttpsMetadata", "ClaimsIssuer"];

    /// <summary>The sign-in settings the API reads (AuthenticationSetup) and the bearer scheme's authority and audience (ProgrammeBearer).</summary>
    private static readonly string[] OpenIdConnectKeys = ["Authority", "ClientId", "ClientSecret", "Scopes", "Audience"];

    /// <summary>Variables read straight from the environment by Orleans' Kubernetes hosting.</summary>
    public static readonly IReadOnlySet<string> KubernetesVariables = typeof(KubernetesHostingOptions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name.EndsWith("EnvironmentVariable", StringComparison.Ordinal))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Known { get; } = Collect();

    /// <summary><c>A__B__0__C</c> as configuration sees it: <c>a:b:c</c>.</summary>
    public static string Normalize(string key) =>
        string.Join(':', key.Replace("__", ":", StringComparison.Ordinal).Split(':').Where(p => !p.All(char.IsAsciiDigit))).ToLowerInvariant();

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "silo/KakakAsuh.Silo", "client-api/KakakAsuh.ClientApi", "client-api/KakakAsuh.Seeder", "deploy/KakakAsuh.DevIdentity" }
            .SelectMany(app => Directory.GetFiles(Path.Combine(RepoPaths.Root, app), "appsettings*.json")))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Flatten(json.RootElement, "", keys);
        }
        foreach (var (section, type) in new (string, Type)[]
        {
            (SiloSettings.Section, typeof(SiloSettings)), (SummaryOptions.Section, typeof(SummaryOptions)),
            (NudgeOptions.Section, typeof(NudgeOptions)), (WebhookOptions.Section, typeof(WebhookOptions)),
            (ReferenceDataOptions.Section, typeof(ReferenceDataOptions)), (SeedOptions.Section, typeof(SeedOptions)),
            (ProgrammeClaimOptions.Section, typeof(ProgrammeClaimOptions)),
        })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                keys.Add(Normalize($"{section}:{property.Name}"));
            }
        }
        foreach (var key in BearerKeys)
        {
            keys.Add(Normalize($"Authentication:Schemes:Bearer:{key}"));
        }
        foreach (var key in OpenIdConnectKeys)
        {
            keys.Add(Normalize($"{AuthenticationSetup.OidcSection}:{key}"));
        }
        return keys;
    }

    private static void Flatten(JsonElement element, string prefix, HashSet<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", keys);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, prefix, keys);
                }
                break;
            default:
                keys.Add(Normalize(prefix));
                break;
        }
    }
}
