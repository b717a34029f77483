using KakakAsuh.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KakakAsuh.Tests.Pages;

/// <summary>
/// One browser tab (its own cookies), signed in with a demo account through the identity provider's form. It records
/// every request the page makes and every console error, so a test can prove that nothing came from outside the API
/// and its identity provider and that no script failed (nor the CSP refused one).
/// </summary>
public sealed partial class PageSession(IBrowserContext context, IPage page, string baseUrl, string providerUrl) : IAsyncDisposable
{
    [System.Text.RegularExpressions.GeneratedRegex("status of (400|401|403|409) ")]
    private static partial System.Text.RegularExpressions.Regex RefusedCall();

    public IPage Page => page;

    public List<string> Requests { get; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>A new tab on the start page, signed in as <paramref name="account"/> (or not signed in).</summary>
    public static async Task<PageSession> OpenAsync(PagesFixture fixture, Account? account)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "id-ID",
            AcceptDownloads = true,
        });
        var session = new PageSession(context, await context.NewPageAsync(), fixture.BaseUrl, fixture.Identity.Authority);
        session.Page.Request += (_, request) => session.Requests.Add(request.Url);
        session.Page.Console += (_, message) =>
        {
            // The browser logs each refused call (400, 401, 403, 409) as an error; those are the answers the tests expect.
            if (message.Type == "error" && !RefusedCall().IsMatch(message.Text))
            {
                session.Errors.Add(message.Text);
            }
        };
        session.Page.PageError += (_, error) => session.Errors.Add(error);
        await session.Page.GotoAsync("/");
        if (account is not null)
        {
            await session.SignInAsync(account);
        }
        return session;
    }

    /// <summary>
    /// Signs in as a person would: Masuk on the start page, the provider's form, back on the start page showing who
    /// the API says it is (a district head goes on to its dashboard).
    /// </summary>
    public async Task SignInAsync(Account account)
    {
        await page.Locator("#sign-in").ClickAsync();
        await page.Locator("#username").FillAsync(account.UserName);
        await page.Locator("#password").FillAsync(account.Password);
        await page.Locator("#sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("#caller, #content")).ToBeVisibleAsync();
    }

    public async Task ScreenshotAsync(string name, ITestOutputHelper output)
    {
        var path = Path.Combine(Chromium.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>Every request went to the API's own origin or its identity provider, and no script error or CSP violation was logged.</summary>
    public void AssertSelfContained()
    {
        Assert.All(Requests, url => Assert.True(url.StartsWith(baseUrl, StringComparison.Ordinal) || url.StartsWith(providerUrl + "/", StringComparison.Ordinal)
            || url.StartsWith("blob:", StringComparison.Ordinal), $"request to {url}"));
        Assert.True(Errors.Count == 0, "console errors: " + string.Join(" | ", Errors));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

/// <summary>A demo account of the development identity provider.</summary>
public sealed record Account(string UserName, string Password);
