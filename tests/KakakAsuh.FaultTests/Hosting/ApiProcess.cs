using System.Diagnostics;

namespace KakakAsuh.FaultTests.Hosting;

/// <summary>The real client API (<c>KakakAsuh.ClientApi.dll</c>) as a process on a free loopback port, trusting the tests' tokens.</summary>
public sealed class ApiProcess(string logFolder, IReadOnlyDictionary<string, string> settings, BenchTokens tokens) : IAsyncDisposable
{
    private int starts;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public Process? Process { get; private set; }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { Binaries.ClientApiDll }, WorkingDirectory = Path.GetDirectoryName(Binaries.ClientApiDll)! };
        foreach (var (key, value) in settings.Concat(tokens.ApiEnvironment))
        {
            start.Environment[key] = value;
        }
        start.Environment["Urls"] = BaseAddress.ToString().TrimEnd('/');
        // The load is a few clients sharing one staff token, far above a person's pace: the per-token limit is lifted.
        start.Environment["RateLimiting__PermitLimit"] = "1000000";
        Process = ChildProcess.Start(start, Path.Combine(logFolder, $"api-{++starts}.log"));
    }

    /// <summary>Until <c>/health/ready</c> (a grain call through the cluster and a storage query) answers 200.</summary>
    public Task WaitReadyAsync(HttpClient http, TimeSpan limit) =>
        ChildProcess.WaitHealthyAsync(Process, http, new Uri(BaseAddress, "/health/ready"), limit, logFolder);

    public async Task StopAsync()
    {
        if (Process is not null)
        {
            await ChildProcess.StopAsync(Process, TimeSpan.FromSeconds(15));
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
