using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// The README's run command on a machine that never ran the project, started once for every test class of the
/// <see cref="SeededSystemCollection"/>: <c>deploy/run-local.sh</c> with an empty home folder (no user secrets, no
/// <c>dotnet user-jwts</c> key, no identity keys), its data in a new folder and every port its own, seeded with the
/// programme as published (35,000 UMKM, the four Kakak Asuh, the round of 2024-10-24 and the mentoring since).
/// Tests read it as people do (Chromium signed in through the provider's form) and as scripts do (password grant).
/// </summary>
public sealed class SeededSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(6);

    private readonly string folder = Directory.CreateTempSubdirectory("kakak-asuh-first-start-").FullName;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? run;
    private IPlaywright? playwright;

    public string ApiUrl { get; } = $"http://127.0.0.1:{FreePort.Next()}";

    public string IdentityUrl { get; } = $"http://127.0.0.1:{FreePort.Next()}";

    /// <summary>The empty home folder the run command started with (where it made its keys).</summary>
    public string Home { get; private set; } = "";

    /// <summary>The run command's output, kept beside the screenshots after the tests.</summary>
    public string Log { get; } = Path.Combine(Path.GetDirectoryName(Chromium.ScreenshotFolder)!, "first-start-run-local.log");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        var start = new ProcessStartInfo("bash") { ArgumentList = { "deploy/run-local.sh" }, WorkingDirectory = RepoPaths.Root };
        start.Environment["HOME"] = Home;
        // Packages already downloaded stay where they are (a fresh machine downloads them; the test need not).
        start.Environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        start.Environment["DATA_DIR"] = Path.Combine(folder, "data");
        start.Environment["API_URL"] = ApiUrl;
        start.Environment["IDENTITY_URL"] = IdentityUrl;
        start.Environment["AZURITE_PORT"] = FreePort.Next().ToString();
        start.Environment["SILO_PORT"] = FreePort.Next().ToString();
        start.Environment["GATEWAY_PORT"] = FreePort.Next().ToString();
        start.Environment["SILO_HTTP_PORT"] = FreePort.Next().ToString();
        start.Environment["CLUSTER_ID"] = Keys.New("first-start");
        run = ChildProcess.Start(start, Log);

        await ChildProcess.WaitHealthyAsync(run, http, new Uri($"{ApiUrl}/health/ready"), StartLimit, Log);
        await WaitForLogAsync("Seeding finished", StartLimit);
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A phone-sized tab in Indonesian on the start page, not signed in.</summary>
    public async Task<IPage> NewPhonePageAsync(int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = ApiUrl, Locale = "id-ID", ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>Masuk on the start page, the provider's form, back at the API.</summary>
    public async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(IdentityUrl) + "/masuk"));
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
    }

    /// <summary>A script's token: the provider's password grant, as the README shows it.</summary>
    public async Task<string> PasswordTokenAsync(string userName, string password)
    {
        using var response = await http.PostAsync($"{IdentityUrl}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "kakak-asuh-scripts",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = "openid profile roles kakak-asuh",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token for {userName}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<JsonElement> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUrl + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The last lines of the run command's output, for a test's own output.</summary>
    public void WriteLogTail(ITestOutputHelper output, int lines = 15) =>
        output.WriteLine($"run-local.sh log: {Log}\n" + string.Join('\n', File.ReadLines(Log).TakeLast(lines)));

    private async Task WaitForLogAsync(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!File.ReadAllText(Log).Contains(text, StringComparison.Ordinal))
        {
            Assert.False(run!.HasExited, $"run-local.sh ended before '{text}'; see {Log}");
            Assert.True(clock.Elapsed < limit, $"no '{text}' within {limit.TotalMinutes} min; see {Log}");
            await Task.Delay(500);
        }
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (run is not null)
        {
            // The script stops what it started (seeder, API, silo, provider, Azurite) on SIGTERM.
            await ChildProcess.StopAsync(run, TimeSpan.FromSeconds(90));
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A process that has not let go yet; the temporary folder is cleaned up with the machine.
        }
    }
}

/// <summary>The test classes that share one <see cref="SeededSystem"/> (it takes about a minute to seed).</summary>
[CollectionDefinition(Name)]
public sealed class SeededSystemCollection : ICollectionFixture<SeededSystem>
{
    public const string Name = "Seeded system";
}
