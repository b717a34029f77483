using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// The README's run command on a machine that never ran the project: <c>deploy/run-local.sh</c> with an empty home
/// folder (no user secrets, no <c>dotnet user-jwts</c> key, no identity keys), its data in a new folder and every
/// port its own. A person then signs in in Chromium as the camat of Tambora and sees Tambora's figures; a token made
/// with <c>dotnet user-jwts</c> after the start works too (the first start used to refuse every token).
/// </summary>
[Trait("Category", "Browser")]
public sealed class FirstStartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(6);

    private readonly string folder = Directory.CreateTempSubdirectory("kakak-asuh-first-start-").FullName;
    private readonly string apiUrl = $"http://127.0.0.1:{FreePort.Next()}";
    private readonly string identityUrl = $"http://127.0.0.1:{FreePort.Next()}";
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? run;
    private string log = "";

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RunCommand_OnAFreshMachine_CamatTamboraSignsIn_AndSeesTamborasFigures()
    {
        var home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        // Beside the screenshots (kept after the test, unlike the temporary folder).
        log = Path.Combine(Path.GetDirectoryName(Chromium.ScreenshotFolder)!, "first-start-run-local.log");
        var start = new ProcessStartInfo("bash") { ArgumentList = { "deploy/run-local.sh" }, WorkingDirectory = RepoPaths.Root };
        start.Environment["HOME"] = home;
        // Packages already downloaded stay where they are (a fresh machine downloads them; the test need not).
        start.Environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        start.Environment["DATA_DIR"] = Path.Combine(folder, "data");
        start.Environment["API_URL"] = apiUrl;
        start.Environment["IDENTITY_URL"] = identityUrl;
        start.Environment["AZURITE_PORT"] = FreePort.Next().ToString();
        start.Environment["SILO_PORT"] = FreePort.Next().ToString();
        start.Environment["GATEWAY_PORT"] = FreePort.Next().ToString();
        start.Environment["SILO_HTTP_PORT"] = FreePort.Next().ToString();
        start.Environment["CLUSTER_ID"] = Keys.New("first-start");
        run = ChildProcess.Start(start, log);
        output.WriteLine($"run-local.sh log: {log}");

        await ChildProcess.WaitHealthyAsync(run, http, new Uri($"{apiUrl}/health/ready"), StartLimit, log);
        await WaitForLogAsync("Seeding finished", StartLimit);

        // A token of dotnet user-jwts, made now with the key the run command made before the API started.
        var jwt = await UserJwtAsync(home, "--role", "district-head", "--name", "camat-tambora", "--claim", "wilayah=31.73.04");
        Assert.Equal("31.73.04", (await GetAsync(jwt, "/api/me")).GetProperty("areaCode").GetString());
        var tambora = await GetAsync(jwt, "/api/districts/31.73.04/summary");
        Assert.True(tambora.GetProperty("umkmTotal").GetInt64() > 0);

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = apiUrl, Locale = "id-ID", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("#sign-in").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(identityUrl) + "/masuk"));
            await page.Locator("#username").FillAsync("camat-tambora");
            await page.Locator("#password").FillAsync("tambora-asuh");
            await page.Locator("#sign-in").ClickAsync();

            await Expect(page).ToHaveURLAsync(apiUrl + "/district.html");
            await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
            foreach (var figure in new[] { "umkmTotal", "withNib", "withQris", "withHalal", "menteesInMentoring" })
            {
                await Expect(page.Locator($"#fig-{figure}")).ToHaveTextAsync(Number(tambora.GetProperty(figure).GetInt64()));
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "first-start-tambora.png"), FullPage = true });

            await page.Locator("#sign-out").ClickAsync();
            await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
            Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "kakakasuh-session");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>A figure as the pages print it (Indonesian thousands separator).</summary>
    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));

    private async Task<JsonElement> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, apiUrl + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string> UserJwtAsync(string home, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "user-jwts", "create", "--project", "client-api/KakakAsuh.ClientApi", "--output", "token" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = home;
        // dotnet user-jwts writes its issuer and audiences into the project's appsettings.Development.json: put it back.
        var settings = Path.Combine(RepoPaths.Root, "client-api", "KakakAsuh.ClientApi", "appsettings.Development.json");
        var before = await File.ReadAllTextAsync(settings);
        using var process = Process.Start(start)!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        await File.WriteAllTextAsync(settings, before);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return token;
    }

    private async Task WaitForLogAsync(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!File.ReadAllText(log).Contains(text, StringComparison.Ordinal))
        {
            Assert.False(run!.HasExited, $"run-local.sh ended before '{text}'; see {log}");
            Assert.True(clock.Elapsed < limit, $"no '{text}' within {limit.TotalMinutes} min; see {log}");
            await Task.Delay(500);
        }
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (run is not null)
        {
            // The script stops what it started (seeder, API, silo, provider, Azurite) on SIGTERM.
            await ChildProcess.StopAsync(run, TimeSpan.FromSeconds(90));
            output.WriteLine(string.Join('\n', File.ReadLines(log).TakeLast(15)));
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
