using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// One browser tab signed in with a token. It records every request the page makes and every console error, so a
/// test can prove that nothing came from outside the API and that no script failed (nor the CSP refused one).
/// </summary>
public sealed partial class PageSession(IBrowserContext context, IPage page, string baseUrl) : IAsyncDisposable
{
    [System.Text.RegularExpressions.GeneratedRegex("status of (400|401|403|409) ")]
    private static partial System.Text.RegularExpressions.Regex RefusedCall();

    public IPage Page => page;

    public List<string> Requests { get; } = [];

    public List<string> Errors { get; } = [];

    public static async Task<PageSession> OpenAsync(PagesFixture fixture, string token)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "id-ID",
            AcceptDownloads = true,
        });
        var session = new PageSession(context, await context.NewPageAsync(), fixture.BaseUrl);
        session.Page.Request += (_, request) => session.Requests.Add(request.Url);
        session.Page.Console += (_, message) =>
        {
            // The browser logs each refused API call (400, 403, 409) as an error; those are the answers the tests expect.
            if (message.Type == "error" && !RefusedCall().IsMatch(message.Text))
            {
                session.Errors.Add(message.Text);
            }
        };
        session.Page.PageError += (_, error) => session.Errors.Add(error);
        await session.SignInAsync(token);
        return session;
    }

    /// <summary>Signs in on the sign-in page, as a person would: paste the token, press Masuk, see who the API says it is.</summary>
    public async Task SignInAsync(string token)
    {
        await page.GotoAsync("/");
        await page.Locator("#token").FillAsync(token);
        await page.Locator("#sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("#caller")).ToBeVisibleAsync();
    }

    public async Task ScreenshotAsync(string name, ITestOutputHelper output)
    {
        var path = Path.Combine(Chromium.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>Every request went to the API's own origin, and no script error or CSP violation was logged.</summary>
    public void AssertSelfContained()
    {
        Assert.All(Requests, url => Assert.True(url.StartsWith(baseUrl, StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), $"request to {url}"));
        Assert.True(Errors.Count == 0, "console errors: " + string.Join(" | ", Errors));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
