using System.Diagnostics;

namespace KakakAsuh.Benchmarks.Hosting;

/// <summary>
/// The real client API (<c>KakakAsuh.ClientApi.dll</c>, Release) as a process of its own on a free loopback port:
/// Kestrel, JWT bearer authentication and an Orleans client that finds the silo through the membership table.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private ApiProcess(Process process, Uri baseAddress) => (Process, BaseAddress) = (process, baseAddress);

    public Process Process { get; }

    public Uri BaseAddress { get; }

    public static async Task<ApiProcess> StartAsync(string storage, string clusterId, BenchTokens tokens, HttpClient http, string logFile)
    {
        var dll = RepoPaths.ClientApiDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The client API is not built at {dll}: build the benchmark project (it builds the API).");
        }
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Storage"] = storage;
        start.Environment["Orleans__ClusterId"] = clusterId;
        start.Environment["Orleans__ServiceId"] = clusterId;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The benchmark drives load from a few tokens on purpose: no rate limit.
        start.Environment["RateLimiting__PermitLimit"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in tokens.ApiEnvironment)
        {
            start.Environment[key] = value;
        }
        var api = new ApiProcess(ChildProcess.Start(start, logFile), baseAddress);
        try
        {
            await api.WaitReadyAsync(http, TimeSpan.FromSeconds(90), logFile);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    private Task WaitReadyAsync(HttpClient http, TimeSpan limit, string logFile) =>
        ChildProcess.WaitHealthyAsync(Process, http, new Uri(BaseAddress, "/health/ready"), limit, logFile);

    public async ValueTask DisposeAsync() => await ChildProcess.StopAsync(Process, TimeSpan.FromSeconds(15));
}
