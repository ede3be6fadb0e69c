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

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    public async Task Header_SiteNameIsNeitherClippedNorUnderTheExitButton(int width)
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = width, Height = 720 });
        await session.GotoAsync(SitePages.Home);

        // Each word of the name is laid out whole: a word that does not fit would overflow its line box
        // (scrollWidth) or run under the button that follows it.
        var problem = await session.Page.EvaluateAsync<string?>(
            """
            () => {
              const name = document.querySelector('.site-name');
              const exit = document.querySelector('#quick-exit');
              const n = name.getBoundingClientRect(), e = exit.getBoundingClientRect();
              if (name.scrollWidth > name.clientWidth + 0.5) return 'name overflows: scrollWidth ' + name.scrollWidth + ' > ' + name.clientWidth;
              if (n.right > e.left) return 'name (right ' + n.right + ') runs under the exit button (left ' + e.left + ')';
              const range = document.createRange();
              range.selectNodeContents(name);
              const lines = [...range.getClientRects()].length;
              const words = name.textContent.trim().split(/\s+/).length;
              if (lines > words) return 'a word of the name is broken across lines (' + lines + ' lines for ' + words + ' words)';
              if (e.height < 44) return 'exit button is ' + e.height + ' px tall';
              return null;
            }
            """);

        Assert.Null(problem);
        session.AssertClean();
    }
}
