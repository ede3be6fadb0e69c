using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static AttachmentGuide.Browser.Tests.Infrastructure.KeyboardNavigation;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>WCAG 2.4.7: a keyboard user can always see where focus is, in light and dark mode.</summary>
[Collection(KeyboardInput.Name)]
public sealed class FocusTests(BrowserSite site)
{
    private const string StyleProbe =
        """
        e => {
          const s = getComputedStyle(e);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor].join(' | ');
        }
        """;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task FocusedControls_LookDifferentFromUnfocusedOnes(string mode)
    {
        await using var session = await site.OpenAsync(new SessionOptions
        {
            ColorScheme = mode == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = session.Page;
        var problems = new List<string>();
        await session.TakeKeyboardFocusAsync();

        await SitePages.OpenAsync(session, "article");
        await CheckInOrderAsync(page, problems, ".skip-link", "#quick-exit", "nav.on-this-page a", $"a[href='/contact?about={SitePages.ArticleSlug}']", ".site-footer a");

        await SitePages.OpenAsync(session, "contact");
        await CheckInOrderAsync(page, problems, "#Input_Name", "#PreferredContact_email", "#Input_Message", "#Input_Consent", "main button[type=submit]");

        Assert.True(problems.Count == 0, $"In {mode} mode, focus is not visible on:\n" + string.Join('\n', problems));
        session.AssertClean();
    }

    /// <summary>Tabs to each selector in document order and compares its focused style with its resting style.</summary>
    private static async Task CheckInOrderAsync(IPage page, List<string> problems, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var element = page.Locator(selector).First;
            var resting = await element.EvaluateAsync<string>(StyleProbe);
            await TabToAsync(page, selector);
            var focused = await element.EvaluateAsync<string>(StyleProbe);
            if (focused == resting)
            {
                problems.Add($"{selector}: {focused}");
            }
        }
    }
}
