using System.Diagnostics;
using System.Globalization;

namespace KakakAsuh.Testing;

/// <summary>
/// The real client API (<c>KakakAsuh.ClientApi.dll</c>) as a process of its own on a free loopback port: Kestrel, JWT
/// bearer authentication trusting <see cref="Tokens"/>, and an Orleans client that finds the silos through the
/// membership table. It can be stopped and started again on the same port.
/// </summary>
/// <param name="name">Names its log files, <c>{name}-{start}.log</c> in <paramref name="logFolder"/>.</param>
/// <param name="settings">Its environment, e.g. <see cref="ClusterSettings.For"/>.</param>
public sealed class ApiProcess(string name, IReadOnlyDictionary<string, string> settings, string logFolder) : IAsyncDisposable
{
    private int starts;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public Process? Process { get; private set; }

    /// <summary>Starts the API and waits until it is ready.</summary>
    public static async Task<ApiProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, string logFolder, HttpClient http, TimeSpan limit)
    {
        var api = new ApiProcess(name, settings, logFolder);
        try
        {
            api.Start();
            await api.WaitReadyAsync(http, limit);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    public void Start()
    {
        var dll = RepoPaths.ClientApiDll;
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var (key, value) in settings.Concat(Tokens.Environment))
        {
            start.Environment[key] = value;
        }
        start.Environment["Urls"] = BaseAddress.ToString().TrimEnd('/');
        // Load comes from a few tokens, far above a person's pace: the per-token limit is lifted.
        start.Environment["RateLimiting__PermitLimit"] = int.MaxValue.ToString(CultureInfo.InvariantCulture);
        Process = ChildProcess.Start(start, Path.Combine(logFolder, $"{name}-{++starts}.log"));
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
