using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Photos;

/// <summary>
/// The site on the Fixtures/Photo content folder (one article with a photo), with a Chromium of its own:
/// the shipped articles carry no photo, and the assembly's site serves the real content.
/// </summary>
public sealed class PhotoSite : IAsyncLifetime
{
    public const string ArticlePath = "/guide/finding-calm-by-the-water";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly SiteDataFolder data = new("ag-photo-tests-");
    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string? ChromiumPath { get; } = ChromiumLocator.Find();

    public SiteProcess Site => site ?? throw new InvalidOperationException("The site was not started.");

    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Photo");

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        var environment = SiteEnvironment.For(data, "Development");
        environment["Content__Path"] = ContentPath;
        environment["Images__CachePath"] = Path.Combine(data.Path, "images");
        var starting = SiteProcess.StartAsync(environment, data.Path, StartTimeout, TestContext.Current.CancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        site = await starting;
    }

    public void RequireBrowser() =>
        SystemComponent.SkipOrFailWhenMissing(ChromiumPath is not null, "Chromium", ChromiumLocator.Install, ChromiumLocator.RequireVariable);

    public async Task<BrowserSession> OpenAsync(SessionOptions options)
    {
        RequireBrowser();
        Site.EnsureRunning();
        return await BrowserSession.OpenAsync(browser!, Site, data.DatabasePath, options);
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

        data.Dispose();
    }
}
