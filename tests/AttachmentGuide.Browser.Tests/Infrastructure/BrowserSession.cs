using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>
/// One browser context and tab on the site. It records every request the browser makes and every console
/// error. The quick-exit URL is answered locally with a small neutral page; any other request that leaves
/// the site's origin is recorded and aborted, so no test ever reaches the internet.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string NeutralPageTitle = "Neutral page (stand-in for the quick-exit site)";

    private const string NotFoundConsolePrefix = "Failed to load resource: the server responded with a status of 404";
    private const string ForbiddenConsolePrefix = "Failed to load resource: the server responded with a status of 403";

    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentQueue<string> blocked = new();
    private readonly ConcurrentQueue<ExitRequest> exitRequests = new();
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentBag<string> expectedNotFound = [];
    private readonly ConcurrentBag<string> expectedForbidden = [];

    private BrowserSession(IBrowserContext context, SiteProcess site, string databasePath)
    {
        Context = context;
        Site = site;
        DatabasePath = databasePath;
    }

    /// <summary>Where <see cref="ScreenshotAsync"/> writes, beside the test binaries: bin/…/screenshots/.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IBrowserContext Context { get; }

    public IPage Page { get; private set; } = null!;

    public SiteProcess Site { get; }

    /// <summary>The site's SQLite file, for reading what it stored.</summary>
    public string DatabasePath { get; }

    /// <summary>The fixture that opened this session (for what the whole run shares, such as the staff account).</summary>
    public BrowserSite Fixture => openedBy ?? throw new InvalidOperationException("This session was not opened by a BrowserSite.");

    internal BrowserSite? openedBy;

    /// <summary>Every URL the browser asked for, in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Requests that went to the quick-exit URL, with the headers they carried.</summary>
    public IReadOnlyList<ExitRequest> ExitRequests => [.. exitRequests];

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, SiteProcess site, string databasePath, SessionOptions options)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            DeviceScaleFactor = options.DeviceScaleFactor,
            ColorScheme = options.ColorScheme,
            ReducedMotion = options.ReducedMotion,
            JavaScriptEnabled = options.JavaScriptEnabled,
            Locale = "en-GB",
        });
        // Generous upper bounds: on a busy 2-core CI machine a step can take seconds; a passing run never waits on them.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);

        var session = new BrowserSession(context, site, databasePath);
        context.Request += (_, request) => session.requests.Enqueue(request.Url);
        context.Page += (_, page) => session.Watch(page);
        // A pattern (not a .NET predicate), so that Playwright intercepts only foreign requests and the site's own go straight through.
        await context.RouteAsync(new Regex("^(?!" + Regex.Escape(site.OriginText + "/") + ")[a-z]+://"), session.HandleForeignAsync);
        session.Page = await context.NewPageAsync();
        return session;
    }

    public Task<IResponse?> GotoAsync(string pathAndQuery) => Page.GotoAsync(Site.Url(pathAndQuery));

    /// <summary>Navigates to a page the test expects to be a 404, so Chromium's console line for its status is allowed.</summary>
    public Task<IResponse?> GotoNotFoundAsync(string pathAndQuery)
    {
        expectedNotFound.Add(Site.Url(pathAndQuery));
        return GotoAsync(pathAndQuery);
    }

    /// <summary>Navigates to a staff page the test expects to be refused (403), so Chromium's console line for its status is allowed.</summary>
    public Task<IResponse?> GotoForbiddenAsync(string pathAndQuery)
    {
        expectedForbidden.Add(Site.Url(pathAndQuery));
        return GotoAsync(pathAndQuery);
    }

    /// <summary>Runs an action that leads to a new document (a link, a form) and waits until that document has loaded.</summary>
    public async Task NavigateByAsync(Func<Task> action)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == Page.MainFrame)
            {
                committed.TrySetResult();
            }
        }

        Page.FrameNavigated += OnNavigated;
        try
        {
            await action();
            await committed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        finally
        {
            Page.FrameNavigated -= OnNavigated;
        }

        // Debian's Chromium now and then never reports 'load' (seen in CI with network idle already reported) or
        // 'DOMContentLoaded' (seen after a sign-in, 2026-12-03) to Playwright after a navigation it has finished; the
        // document's own readyState then says whether it has got that far.
        await WaitForLoadStateAsync(LoadState.DOMContentLoaded, "interactive", "complete");
        await WaitForLoadStateAsync(LoadState.Load, "complete");
    }

    private async Task WaitForLoadStateAsync(LoadState state, params string[] readyStatesThatMeanReached)
    {
        try
        {
            await Page.WaitForLoadStateAsync(state, new PageWaitForLoadStateOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var readyState = await Page.EvaluateAsync<string>("() => document.readyState");
            if (Array.IndexOf(readyStatesThatMeanReached, readyState) < 0)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Gives this tab the window focus, so key presses reach it. Only tests in <see cref="KeyboardInput"/> may
    /// rely on it: there no other test opens a tab (which would take the focus back) until this one ends.
    /// </summary>
    public Task TakeKeyboardFocusAsync() => Page.BringToFrontAsync();

    /// <summary>Waits until the quick-exit script has attached its listeners (it marks the root element when it has).</summary>
    public Task WaitForQuickExitScriptAsync() =>
        Page.Locator("html[data-quick-exit-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>The pathname of the current page, like /contact.</summary>
    public string CurrentPath => new Uri(Page.Url).AbsolutePath;

    /// <summary>Every request went to the site itself, apart from the intercepted quick exit.</summary>
    public void AssertOnlyOwnOrigin()
    {
        var foreign = Requests.Where(url => IsForeign(url) && !IsQuickExit(url)).ToList();
        Assert.True(foreign.Count == 0, "Requests left the site's origin:\n" + string.Join('\n', foreign));
        Assert.Empty(blocked);
    }

    public void AssertNoConsoleErrors()
    {
        var errors = consoleErrors.ToList();
        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join('\n', errors));
    }

    /// <summary>No third-party request and no console error during the whole session.</summary>
    public void AssertClean()
    {
        AssertOnlyOwnOrigin();
        AssertNoConsoleErrors();
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        // From the top, so the sticky header is drawn where a reader first sees it; at once, not smoothly, so the
        // picture never catches the page on its way up.
        await Page.EvaluateAsync("() => window.scrollTo({ top: 0, left: 0, behavior: 'instant' })");
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, name + ".png"),
            FullPage = true,
        });
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static bool IsQuickExit(string url) =>
        url.TrimEnd('/').Equals(SiteSettingsFile.QuickExitUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private bool IsForeign(string url) =>
        !url.StartsWith(Site.OriginText + "/", StringComparison.Ordinal) && !url.Equals(Site.OriginText, StringComparison.Ordinal);

    private async Task HandleForeignAsync(IRoute route)
    {
        var request = route.Request;
        if (IsQuickExit(request.Url))
        {
            // The headers the page sent (Referer among them) are known at once. AllHeadersAsync would wait for the
            // network stack's own copy, which an intercepted request may never get: the page would then wait for
            // this answer until its navigation timed out.
            exitRequests.Enqueue(new ExitRequest(request.Url, request.Headers));
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = $"<!DOCTYPE html><html lang=\"en\"><head><title>{NeutralPageTitle}</title></head><body><h1>Weather</h1></body></html>",
            });
            return;
        }

        blocked.Enqueue(request.Url);
        await route.AbortAsync("blockedbyclient");
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type != "error")
            {
                return;
            }

            var location = message.Location ?? "";
            if (message.Text.StartsWith(NotFoundConsolePrefix, StringComparison.Ordinal)
                && expectedNotFound.Any(url => location.StartsWith(url, StringComparison.Ordinal)))
            {
                return;
            }

            if (message.Text.StartsWith(ForbiddenConsolePrefix, StringComparison.Ordinal)
                && expectedForbidden.Any(url => location.StartsWith(url, StringComparison.Ordinal)))
            {
                return;
            }

            consoleErrors.Enqueue($"{message.Text} (at {location}, page {page.Url})");
        };
        page.PageError += (_, error) => consoleErrors.Enqueue($"Uncaught: {error} (page {page.Url})");
    }
}

/// <summary>A request to the quick-exit URL and every header the browser sent with it.</summary>
public sealed record ExitRequest(string Url, IReadOnlyDictionary<string, string> Headers)
{
    public bool HasReferer => Headers.Keys.Any(k => k.Equals("referer", StringComparison.OrdinalIgnoreCase));
}
