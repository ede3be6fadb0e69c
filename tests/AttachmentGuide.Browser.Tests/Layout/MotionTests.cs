using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>Readers who ask for reduced motion get jumps, not smooth scrolling.</summary>
public sealed class MotionTests(BrowserSite site)
{
    [Theory]
    [InlineData("reduce", "auto")]
    [InlineData("no-preference", "smooth")]
    public async Task ScrollBehaviour_FollowsTheReducedMotionPreference(string preference, string expected)
    {
        await using var session = await site.OpenAsync(new SessionOptions
        {
            ReducedMotion = preference == "reduce" ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
        });
        await SitePages.OpenAsync(session, "article");

        var behaviour = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior");

        Assert.Equal(expected, behaviour);
        session.AssertClean();
    }
}
