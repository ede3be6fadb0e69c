using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>The search box under the header is whole and usable on the narrowest phone.</summary>
public sealed class SearchBoxLayoutTests(BrowserSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Header_SearchBoxAndButtonFitTheScreenAndAreEasyToHit(int width)
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = width, Height = 720 });
        await session.GotoAsync(SitePages.Article);

        var problem = await session.Page.EvaluateAsync<string?>(
            """
            () => {
              const root = document.documentElement;
              const input = document.querySelector('#site-search');
              const button = document.querySelector('form.site-search button');
              const label = document.querySelector('label[for=site-search]');
              for (const [name, e] of [['box', input], ['button', button], ['label', label]]) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return name + ' is not shown';
                if (r.left < 0 || r.right > root.clientWidth + 0.5) return name + ' runs off the screen (right ' + r.right + ')';
              }
              if (input.getBoundingClientRect().height < 44) return 'box is ' + input.getBoundingClientRect().height + ' px tall';
              if (button.getBoundingClientRect().height < 44) return 'button is ' + button.getBoundingClientRect().height + ' px tall';
              if (input.getBoundingClientRect().width < 120) return 'box is only ' + input.getBoundingClientRect().width + ' px wide';
              return null;
            }
            """);

        Assert.Null(problem);
        session.AssertClean();
    }
}
