using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Accessibility;

/// <summary>axe on the content history pages (history, compare, rename, delete, deleted files), light and dark, and the diff at 320 px.</summary>
public sealed class HistoryAxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(HistoryPageStates.StateData), MemberType = typeof(HistoryPageStates))]
    public Task HistoryPageInLightMode_HasNoViolations(string state) => AssertNoViolationsAsync(state, ColorScheme.Light);

    [Theory]
    [MemberData(nameof(HistoryPageStates.StateData), MemberType = typeof(HistoryPageStates))]
    public Task HistoryPageInDarkMode_HasNoViolations(string state) => AssertNoViolationsAsync(state, ColorScheme.Dark);

    [Fact]
    public async Task TheDiff_FitsA320PixelScreenAndMarksChangesWithoutColour()
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = 320, Height = 640 });
        await HistoryPageStates.OpenAsync(session, "content compare");
        var page = session.Page;

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The diff scrolls sideways at 320 px");
        Assert.Equal("−", (await page.Locator(".diff-line--removed .diff-marker").First.InnerTextAsync()).Trim());
        Assert.Equal("+", (await page.Locator(".diff-line--added .diff-marker").First.InnerTextAsync()).Trim());
        // The two kinds differ in border style too, so a reader who cannot tell the colours apart still can.
        var removed = await page.Locator(".diff-line--removed").First.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle");
        var added = await page.Locator(".diff-line--added").First.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle");
        Assert.NotEqual(removed, added);
        await session.ScreenshotAsync("staff-content-compare-320");
        session.AssertClean();
    }

    private async Task AssertNoViolationsAsync(string state, ColorScheme scheme)
    {
        await using var session = await site.OpenAsync(new SessionOptions { ColorScheme = scheme });
        await HistoryPageStates.OpenAsync(session, state);

        var result = await AxeScan.RunAsync(session.Page);

        Assert.True(result.Violations.Length == 0, $"axe on {state} ({scheme}):\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Html)))));
        Assert.Contains(result.Passes, rule => rule.Id == AxeScan.EnhancedContrast);
        session.AssertClean();
    }
}
