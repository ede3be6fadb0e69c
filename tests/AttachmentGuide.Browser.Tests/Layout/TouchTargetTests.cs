using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>
/// Touch targets of at least 44 × 44 CSS px (WCAG 2.5.5, AAA) for the controls that matter most to someone
/// upset or in a hurry. axe's target-size rule checks only the AA 24 px, so this measures.
/// </summary>
public sealed class TouchTargetTests(BrowserSite site)
{
    private const double Minimum = 44;

    [Fact]
    public async Task QuickExitAndReachOutLink_AreAtLeast44PixelsSquareOnAPhone()
    {
        await using var session = await site.OpenAsync(SessionOptions.Phone);
        await SitePages.OpenAsync(session, "article");

        var problems = new List<string>();
        await MeasureAsync(session.Page.Locator("#quick-exit"), "quick exit", problems);
        await MeasureAsync(session.Page.Locator($"a[href='/contact?about={SitePages.ArticleSlug}']"), "Reach out link", problems);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        session.AssertClean();
    }

    [Fact]
    public async Task ContactFormChoicesWithTheirLabelsAndTheSubmitButton_AreAtLeast44PixelsSquareOnAPhone()
    {
        await using var session = await site.OpenAsync(SessionOptions.Phone);
        await SitePages.OpenAsync(session, "contact");
        var page = session.Page;

        var problems = new List<string>();
        await MeasureAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send message" }), "submit button", problems);
        var choices = page.Locator("form input[type=radio], form input[type=checkbox]");
        var count = await choices.CountAsync();
        Assert.True(count >= 7, $"Expected the radio buttons and the consent checkbox, found {count}.");
        for (var i = 0; i < count; i++)
        {
            // A click on the label ticks the control, so the control and its label together are the target.
            var box = await choices.Nth(i).EvaluateAsync<Box>(
                """
                input => {
                  const rects = [input.getBoundingClientRect(), ...[...input.labels].map(l => l.getBoundingClientRect())];
                  const left = Math.min(...rects.map(r => r.left)), right = Math.max(...rects.map(r => r.right));
                  const top = Math.min(...rects.map(r => r.top)), bottom = Math.max(...rects.map(r => r.bottom));
                  return { id: input.id, width: right - left, height: bottom - top };
                }
                """);
            Check(box, problems);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        session.AssertClean();
    }

    private static async Task MeasureAsync(ILocator locator, string name, List<string> problems)
    {
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        Check(new Box { Id = name, Width = box.Width, Height = box.Height }, problems);
    }

    private static void Check(Box box, List<string> problems)
    {
        if (box.Width < Minimum || box.Height < Minimum)
        {
            problems.Add($"{box.Id}: {box.Width:0.#} × {box.Height:0.#} px");
        }
    }

    public sealed class Box
    {
        public string Id { get; set; } = "";

        public double Width { get; set; }

        public double Height { get; set; }
    }
}
