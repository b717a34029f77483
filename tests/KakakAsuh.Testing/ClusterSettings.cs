namespace KakakAsuh.Testing;

/// <summary>The environment of a silo or client API process of one cluster on loopback, run as in production.</summary>
public static class ClusterSettings
{
    public static Dictionary<string, string> For(string storage, string clusterId) => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Storage"] = storage,
        ["Orleans__ClusterId"] = clusterId,
        ["Orleans__ServiceId"] = clusterId,
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
