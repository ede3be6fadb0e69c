using AttachmentGuide.Browser.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Accessibility;

/// <summary>axe-core with WCAG 2.2 A/AA rules plus the AAA contrast rule (the contract's 7:1), in one run.</summary>
public static class AxeScan
{
    public const string EnhancedContrast = "color-contrast-enhanced";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> PageStates() => [.. SitePages.States];

    /// <summary>The staff pages whose layout changes on a phone (cards, the notice first, the QR code beside the key).</summary>
    public static TheoryData<string> PhoneStates() => ["inbox", "inquiry with safe-contact notice", "two-step set-up"];

    /// <summary>The width the staff pages were laid out for on a phone (a common phone's CSS width).</summary>
    public static readonly SessionOptions Phone390 = new() { Width = 390, Height = 844 };

    public static AxeRunOptions Options() => new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
        Rules = new Dictionary<string, RuleOptions> { [EnhancedContrast] = new RuleOptions { Enabled = true } },
        // Passes and inapplicable rules are still listed, with one node each: faster, and enough to prove a rule ran.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Bounded: axe is injected as script, and in a context without JavaScript it would never return.</summary>
    public static async Task<AxeResult> RunAsync(IPage page) =>
        await page.RunAxe(Options()).WaitAsync(Timeout, TestContext.Current.CancellationToken);

    /// <summary>
    /// Opens the page state in the colour scheme, in a window of <paramref name="size"/> (the desktop default when
    /// null), and asserts axe finds nothing.
    /// </summary>
    public static async Task AssertNoViolationsAsync(BrowserSite site, string state, ColorScheme scheme, SessionOptions? size = null)
    {
        var options = (size ?? new SessionOptions()) with { ColorScheme = scheme };
        await using var session = await site.OpenAsync(options);
        await SitePages.OpenAsync(session, state);
        Assert.Equal(options.Width, await session.Page.EvaluateAsync<int>("() => window.innerWidth"));

        var result = await RunAsync(session.Page);

        Assert.True(result.Violations.Length == 0, $"axe on {state} ({scheme}, {options.Width} px):\n{Describe(result.Violations)}");
        // The AAA rule really ran and found text to check, so its silence above means something.
        Assert.Contains(result.Passes, rule => rule.Id == EnhancedContrast);
        session.AssertClean();
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n =>
            $"    {n.Html}\n      " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))));
}
