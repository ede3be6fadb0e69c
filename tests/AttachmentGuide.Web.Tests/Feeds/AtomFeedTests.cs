using System.Net;
using System.Xml.Linq;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Feeds;

public sealed class AtomFeedTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XElement> GetFeedAsync()
    {
        using var response = await factory.CreatePlainClient().GetAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Atom + "feed", xml.Root?.Name);
        return xml.Root!;
    }

    [Fact]
    public async Task Feed_IsAtomWithOneEntryPerArticle()
    {
        var feed = await GetFeedAsync();

        var entryPaths = feed.Elements(Atom + "entry")
            .Select(e => new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value, UriKind.Absolute).AbsolutePath)
            .Order(StringComparer.Ordinal);

        Assert.Equal(RealContent.ArticleSlugs().Select(s => "/guide/" + s).Order(StringComparer.Ordinal), entryPaths);
    }

    [Fact]
    public async Task Feed_EntriesHaveTheRequiredAtomElements()
    {
        var feed = await GetFeedAsync();

        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
        });
    }

    [Fact]
    public async Task Feed_EntryTitlesAreTheArticleTitles()
    {
        var feed = await GetFeedAsync();

        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Order(StringComparer.Ordinal);

        Assert.Equal(RealContent.ArticleFiles().Select(f => RealContent.FrontMatterValue(f, "title")).Order(StringComparer.Ordinal), titles);
    }
}
