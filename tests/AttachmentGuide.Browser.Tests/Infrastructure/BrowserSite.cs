using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>
/// The assembly-wide fixture: the running site and one headless Chromium. When no Chromium is found
/// nothing is started, and every test that asks for a session is skipped (or fails, with REQUIRE_BROWSER=1).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserSite()
    {
        ChromiumPath = ChromiumLocator.Find();
    }

    public string? ChromiumPath { get; }

    public SiteProcess Site => site ?? throw new InvalidOperationException("The site was not started; call OpenAsync first.");

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        var starting = SiteProcess.StartAsync(cancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
        });
        site = await starting;
    }

    /// <summary>Skips the calling test when there is no Chromium, or fails it when REQUIRE_BROWSER=1.</summary>
    public void RequireBrowser()
    {
        if (ChromiumPath is not null)
        {
            return;
        }

        if (ChromiumLocator.Required)
        {
            Assert.Fail(ChromiumLocator.MissingMessage + " [REQUIRE_BROWSER=1]");
        }

        Assert.Skip(ChromiumLocator.MissingMessage);
    }

    /// <summary>A fresh browser context (its own cookies, history and recorders) with one tab.</summary>
    public async Task<BrowserSession> OpenAsync(SessionOptions? options = null)
    {
        RequireBrowser();
        Site.EnsureRunning();
        return await BrowserSession.OpenAsync(browser!, Site, options ?? new SessionOptions());
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }
}
