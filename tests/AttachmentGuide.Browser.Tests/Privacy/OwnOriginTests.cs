using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Privacy;

/// <summary>
/// The site loads nothing from anyone else (no fonts, analytics or CDNs that would learn who reads about
/// trauma) and its pages log no console errors. Every other scenario checks the same on its own pages.
/// </summary>
public sealed class OwnOriginTests(BrowserSite site)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EveryPage_RequestsOnlyFromTheSiteItselfAndLogsNoConsoleErrors(string mode)
    {
        await using var session = await site.OpenAsync(new SessionOptions
        {
            ColorScheme = mode == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        foreach (var state in SitePages.States)
        {
            await SitePages.OpenAsync(session, state);
        }

        Assert.Contains(session.Requests, url => url.Contains("/css/site", StringComparison.Ordinal));
        Assert.Contains(session.Requests, url => url.Contains("/js/quick-exit", StringComparison.Ordinal));
        session.AssertClean();
    }

    /// <summary>
    /// Guards the trap where static files answer an empty 200 (see TOOLCHAIN): the browser must really get the
    /// stylesheet and the script, or every other check here would be judging an unstyled, script-less page.
    /// </summary>
    [Fact]
    public async Task StylesheetAndScript_ReachTheBrowserWithTheirContent()
    {
        await using var session = await site.OpenAsync();
        await SitePages.OpenAsync(session, "home");
        var page = session.Page;

        var rules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        var bodyMargin = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).marginTop");
        var scriptBytes = await page.EvaluateAsync<int>(
            "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/js/quick-exit')).reduce((n, e) => n + e.decodedBodySize, 0)");
        Assert.True(rules > 20, $"Only {rules} CSS rules arrived.");
        Assert.Equal("0px", bodyMargin);
        Assert.True(scriptBytes > 100, $"The quick-exit script arrived with {scriptBytes} bytes.");
        session.AssertClean();
    }
}
