using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class ArticleTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    private const string SeedSlug = "what-causes-attachment-trauma";
    private const string SeedPath = "/guide/" + SeedSlug;
    private const string SeedTitle = "What Causes Attachment Trauma?";

    private static readonly string[] SeedSections =
    [
        "It Begins with Foundational Relationships",
        "The Impact of Disrupted Safety",
        "When Trauma Lives in Your Body",
        "The Role of Unresolved Parental Trauma",
        "Healing From Attachment Trauma",
    ];

    private static string SeedFile => Path.Combine(TestPaths.RealArticles, SeedSlug + ".md");

    [Theory]
    [InlineData("Last reviewed", "reviewed")]
    [InlineData("Next review due", "review_due")]
    public async Task SeedArticle_ShowsItsReviewDatesAsMachineReadableTimes(string words, string key)
    {
        var expected = DateOnly.ParseExact(RealContent.FrontMatterValue(SeedFile, key)!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var footer = document.QuerySelector("article footer.article-footer");
        Assert.NotNull(footer);
        var line = Assert.Single(footer.QuerySelectorAll("span"), s => s.Text().StartsWith(words, StringComparison.Ordinal));
        var time = line.QuerySelector("time");
        Assert.NotNull(time);
        Assert.Equal(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
        Assert.Equal($"{words} {expected.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.", line.Text());
    }

    [Fact]
    public async Task SeedArticle_HasExactlyOneH1WithItsTitle()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(SeedTitle, h1.Text());
    }

    [Fact]
    public async Task SeedArticle_HasExactlyItsFiveSectionHeadingsInOrder()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var headings = document.QuerySelectorAll("section[aria-labelledby] > h2").Select(h => h.Text());

        Assert.Equal(SeedSections, headings);
    }

    [Fact]
    public async Task SeedArticle_EachSectionIsLabelledByItsOwnHeading()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var sections = document.QuerySelectorAll("section[aria-labelledby]");
        Assert.Equal(SeedSections.Length, sections.Length);
        Assert.All(sections, section =>
        {
            var h2 = Assert.Single(section.Children, c => c.LocalName == "h2");
            Assert.False(string.IsNullOrWhiteSpace(h2.Id));
            Assert.Equal(h2.Id, section.GetAttribute("aria-labelledby"));
        });
    }

    [Fact]
    public async Task SeedArticle_ElementIdsAreUnique()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();

        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(RealContent.ArticleSlugData), MemberType = typeof(RealContent))]
    public async Task EveryArticleInContentFolder_RendersWith200AndItsTitle(string slug)
    {
        var file = RealContent.ArticleFiles().Single(f => Path.GetFileNameWithoutExtension(f) == slug || RealContent.FrontMatterValue(f, "slug") == slug);

        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/" + slug);

        Assert.Equal(RealContent.FrontMatterValue(file, "title"), Assert.Single(document.QuerySelectorAll("h1")).Text());
    }

    [Theory]
    [MemberData(nameof(RealContent.ArticleSlugData), MemberType = typeof(RealContent))]
    public async Task OnThisPageLinks_EachPointToAnElementOnThePage(string slug)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/" + slug);

        var links = document.QuerySelectorAll("nav.on-this-page a");
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var href = link.GetAttribute("href");
            Assert.NotNull(href);
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            var target = document.GetElementById(Uri.UnescapeDataString(href[1..]));
            Assert.True(target is not null, $"'{link.Text()}' links to {href}, which is no element id on the page");
        });
    }

    [Fact]
    public async Task SeedArticle_OnThisPageListsEverySectionHeading()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var topLevel = document.QuerySelectorAll("nav.on-this-page > ol > li > a").Select(a => a.Text());

        Assert.Equal(SeedSections, topLevel);
    }

    [Fact]
    public async Task SeedArticle_SetsNoCookie()
    {
        using var response = await factory.CreatePlainClient().GetAsync(new Uri(SeedPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The article page set a cookie: " + string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : []));
    }

    [Fact]
    public async Task SeedArticle_MetaDescriptionIsTheSummary()
    {
        var summary = RealContent.FrontMatterValue(SeedFile, "summary");
        Assert.False(string.IsNullOrWhiteSpace(summary));

        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var description = Assert.Single(document.QuerySelectorAll("meta[name=description]"));
        Assert.Equal(summary, description.GetAttribute("content"));
    }

    [Fact]
    public async Task SeedArticle_HasAnAbsoluteCanonicalLinkToItself()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var canonical = Assert.Single(document.QuerySelectorAll("link[rel=canonical]")).GetAttribute("href");

        Assert.True(Uri.TryCreate(canonical, UriKind.Absolute, out var uri), $"canonical '{canonical}' is not absolute");
        Assert.Contains(uri.Scheme, new[] { "https", "http" });
        Assert.Equal(SeedPath, uri.AbsolutePath);
    }

    [Fact]
    public async Task SeedArticle_HasOpenGraphTitle()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        Assert.Equal(SeedTitle, document.MetaContent("meta[property='og:title']"));
    }

    [Fact]
    public async Task SeedArticle_HasJsonLdMedicalWebPageInHead()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("head", script.ParentElement?.LocalName);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("MedicalWebPage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(SeedTitle, json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SeedArticle_ReachOutAndCrisisHelpAreOutsideTheArticleSections()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(SeedPath);

        var reachOut = document.GetElementById("reach-out");
        var crisis = document.GetElementById("crisis-help");
        Assert.NotNull(reachOut);
        Assert.NotNull(crisis);
        Assert.All(new IElement[] { reachOut, crisis }, heading =>
        {
            Assert.Null(heading.Closest("section"));
            Assert.NotNull(heading.Closest("aside, footer"));
        });
    }

    [Fact]
    public async Task UnknownSlug_Is404WithFriendlyPageLinkingHome()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/no-such-article", HttpStatusCode.NotFound);

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Contains("could not find", h1.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(document.QuerySelectorAll("main a[href='/']"));
        Assert.Equal("noindex", document.MetaContent("meta[name=robots]"));
    }
}
