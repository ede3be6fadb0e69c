using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Reading;

/// <summary>A reader opens the home page, then the article, and jumps to its sections.</summary>
public sealed class OnThisPageTests(BrowserSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task OnThisPage_EachLinkBringsItsSectionHeadingIntoViewBelowTheStickyHeader(int width)
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = width, Height = 700 });
        var page = session.Page;
        await SitePages.OpenAsync(session, "home");
        var articleLink = page.Locator($"ul.article-list a[href='{SitePages.Article}']");
        await session.NavigateByAsync(() => articleLink.ClickAsync());
        Assert.Equal(SitePages.Article, session.CurrentPath);

        var links = page.Locator("nav.on-this-page a");
        var count = await links.CountAsync();
        Assert.True(count > 0, "The article has no 'On this page' links.");
        var problems = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var href = await link.GetAttributeAsync("href");
            Assert.NotNull(href);
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            await link.ClickAsync();
            await WaitForScrollToReachAsync(session, href[1..]);

            var box = await page.EvaluateAsync<HeadingBox>(
                """
                (id) => {
                  const heading = document.getElementById(id).getBoundingClientRect();
                  const header = document.querySelector('.site-header').getBoundingClientRect();
                  return { top: heading.top, bottom: heading.bottom, headerBottom: header.bottom, viewport: innerHeight, hash: location.hash };
                }
                """,
                href[1..]);
            Assert.Equal(href, Uri.UnescapeDataString(box.Hash));
            if (box.Top < box.HeaderBottom - 0.5 || box.Bottom > box.Viewport)
            {
                problems.Add($"{href}: heading top {box.Top:0.#}, bottom {box.Bottom:0.#}; header bottom {box.HeaderBottom:0.#}; viewport {box.Viewport}");
            }
        }

        Assert.True(problems.Count == 0, $"At {width} px, headings hidden under the header or out of view:\n" + string.Join('\n', problems));
        session.AssertClean();
    }

    /// <summary>
    /// Smooth scrolling is on (no reduced-motion preference): waits until the window has arrived where the page's
    /// own CSS sends it for the target (scroll-margin and scroll-padding, within the scroll range) and stopped there.
    /// A count of still frames instead would pass early on a busy machine, where the scroll may start late.
    /// If it never arrives, it gives up after a long while so the assertions can say where the heading is.
    /// </summary>
    internal static Task WaitForScrollToReachAsync(BrowserSession session, string id) =>
        session.Page.EvaluateAsync(
            """
            (id) => new Promise(resolve => {
              const root = document.documentElement;
              const giveUpAt = performance.now() + 20000;
              const target = () => {
                const el = document.getElementById(id);
                const offset = (parseFloat(getComputedStyle(el).scrollMarginTop) || 0) + (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0);
                const wanted = el.getBoundingClientRect().top + window.scrollY - offset;
                return Math.max(0, Math.min(root.scrollHeight - root.clientHeight, wanted));
              };
              let last = NaN;
              const tick = () => {
                const y = window.scrollY;
                if ((Math.abs(y - target()) <= 1 && y === last) || performance.now() > giveUpAt) { resolve(); return; }
                last = y;
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            })
            """,
            id);

    public sealed class HeadingBox
    {
        public double Top { get; set; }

        public double Bottom { get; set; }

        public double HeaderBottom { get; set; }

        public double Viewport { get; set; }

        public string Hash { get; set; } = "";
    }
}
