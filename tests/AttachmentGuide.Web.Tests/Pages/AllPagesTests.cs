using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages;

public sealed class AllPagesTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    private static readonly (string Path, int Status)[] PageList =
    [
        ("/", 200),
        ("/guide/what-causes-attachment-trauma", 200),
        ("/privacy", 200),
        ("/about", 200),
        ("/therapists", 200),
        ("/fees", 200),
        ("/visit", 200),
        ("/faq", 200),
        ("/guide/nope", 404),
    ];

    public static TheoryData<string, int> Pages
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var (path, status) in PageList)
            {
                data.Add(path, status);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasExactlyOneH1(string path, int status)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(h1.Text()));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_AdvertisesTheAtomFeed(string path, int status)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);

        var feed = Assert.Single(document.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal("/feed.xml", feed.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(feed.GetAttribute("title")), "A feed reader shows the link's title");
    }

    [Fact]
    public async Task EveryPage_HasItsOwnNonEmptyTitle()
    {
        var titles = new List<string>();
        foreach (var (path, status) in PageList)
        {
            var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);
            Assert.Single(document.QuerySelectorAll("title"));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{path} has an empty <title>");
            titles.Add(document.Title!);
        }

        Assert.Equal(titles.Distinct(StringComparer.Ordinal), titles);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasAMetaDescription(string path, int status)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);

        var description = Assert.Single(document.QuerySelectorAll("meta[name=description]"));
        Assert.False(string.IsNullOrWhiteSpace(description.GetAttribute("content")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasNoInlineScriptOrStyleAttribute(string path, int status)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);

        var inlineScripts = document.QuerySelectorAll("script:not([src])")
            .Where(s => s.GetAttribute("type") != "application/ld+json")
            .Select(s => s.OuterHtml);
        Assert.Empty(inlineScripts);
        Assert.Empty(document.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("style").Select(e => e.OuterHtml));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasAQuickExitLinkThatSendsNoReferrer(string path, int status)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, (HttpStatusCode)status);

        var exit = Assert.IsAssignableFrom<IHtmlAnchorElement>(document.GetElementById("quick-exit"));
        Assert.StartsWith("https://", exit.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("noreferrer", exit.RelationList);
    }
}
