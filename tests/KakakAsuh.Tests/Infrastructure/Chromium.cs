using Microsoft.Playwright;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (installed by <c>tests/run.sh</c>), driven headless by Playwright's bundled driver; Playwright never
/// downloads a browser of its own. Without Chromium the browser tests fail and say how to install it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that keep Chromium from reaching out to the internet (this machine's network is closed).</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: the browser tests need Debian's chromium package (apt-get install -y chromium; ./tests/run.sh installs it).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: TestResults/screenshots beside the test project (not in git).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "tests", "KakakAsuh.Tests", "TestResults", "screenshots")).FullName;
}
