using System.Diagnostics;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// The README's run command on a machine that never ran the project (<see cref="SeededSystem"/>): a person signs in in
/// Chromium as the camat of Tambora and sees Tambora's figures; a token made with <c>dotnet user-jwts</c> after the
/// start works too (the first start used to refuse every token).
/// </summary>
[Trait("Category", "Browser")]
[Collection(SeededSystemCollection.Name)]
public sealed class FirstStartTests(SeededSystem system, ITestOutputHelper output)
{
    [Fact]
    public async Task RunCommand_OnAFreshMachine_CamatTamboraSignsIn_AndSeesTamborasFigures()
    {
        // A token of dotnet user-jwts, made now with the key the run command made before the API started.
        var jwt = await UserJwtAsync(system.Home, "--role", "district-head", "--name", "camat-tambora", "--claim", "wilayah=31.73.04");
        Assert.Equal("31.73.04", (await system.GetAsync(jwt, "/api/me")).GetProperty("areaCode").GetString());
        var tambora = await system.GetAsync(jwt, "/api/districts/31.73.04/summary");
        Assert.True(tambora.GetProperty("umkmTotal").GetInt64() > 0);

        var page = await system.NewPhonePageAsync();
        try
        {
            await system.SignInAsync(page, "camat-tambora", "tambora-asuh");
            await Expect(page).ToHaveURLAsync(system.ApiUrl + "/district.html");
            await Expect(page.Locator("#area-name")).ToHaveTextAsync("Tambora");
            foreach (var figure in new[] { "umkmTotal", "withNib", "withQris", "withHalal", "menteesInMentoring" })
            {
                await Expect(page.Locator($"#fig-{figure}")).ToHaveTextAsync(Number(tambora.GetProperty(figure).GetInt64()));
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, "first-start-tambora.png"), FullPage = true });

            await page.Locator("#sign-out").ClickAsync();
            await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
            Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "kakakasuh-session");
        }
        finally
        {
            await page.Context.CloseAsync();
            system.WriteLogTail(output);
        }
    }

    /// <summary>A figure as the pages print it (Indonesian thousands separator).</summary>
    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));

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
}
