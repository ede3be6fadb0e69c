using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class HeadingTests(FixtureSiteFactory factory) : IClassFixture<FixtureSiteFactory>
{
    [Fact]
    public async Task HashHeadingInBody_IsShownBelowTheTitleSoThePageKeepsOneH1()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/heading-quirks");

        Assert.Equal("Heading Quirks", Assert.Single(document.QuerySelectorAll("h1")).Text());
        Assert.Contains("A Stray Top Heading", document.QuerySelectorAll("main h2").Select(h => h.Text()));
    }

    [Fact]
    public async Task DuplicateHeadings_GetNumericSuffixAnchors()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/heading-quirks");

        var notes = document.QuerySelectorAll("section[aria-labelledby] > h2")
            .Where(h => h.Text() == "Notes")
            .Select(h => h.Id)
            .ToList();

        Assert.Equal(["notes", "notes-1"], notes);
    }

    [Fact]
    public async Task DuplicateHeadings_OnThisPageLinksReachEachSection()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/heading-quirks");

        var targets = document.QuerySelectorAll("nav.on-this-page a")
            .Where(a => a.Text() == "Notes")
            .Select(a => a.GetAttribute("href"))
            .ToList();

        Assert.Equal(["#notes", "#notes-1"], targets);
    }
}
