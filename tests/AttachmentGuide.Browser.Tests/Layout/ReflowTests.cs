using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>WCAG 1.4.10 Reflow: nothing scrolls sideways on a 320 px screen or at 200 % zoom.</summary>
public sealed class ReflowTests(BrowserSite site)
{
    [Theory]
    [InlineData(320, 1, "320 CSS px")]
    [InlineData(640, 2, "200 % zoom of a 1280 px window")]
    public async Task EveryPage_HasNoHorizontalScrolling(int width, float scale, string described)
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = width, Height = 720, DeviceScaleFactor = scale });
        var problems = new List<string>();
        foreach (var state in SitePages.States)
        {
            await SitePages.OpenAsync(session, state);
            var overflow = await session.Page.EvaluateAsync<string?>(
                """
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) return null;
                  const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                  return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth + ': ' + wide.join(', ');
                }
                """);
            if (overflow is not null)
            {
                problems.Add($"{state}: {overflow}");
            }
        }

        Assert.True(problems.Count == 0, $"At {described}:\n" + string.Join('\n', problems));
        session.AssertClean();
    }
}
