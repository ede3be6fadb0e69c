using System.Net;
using System.Xml.Linq;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Topics;

public sealed class TopicPagesTests(TopicsSiteFactory factory) : IClassFixture<TopicsSiteFactory>
{
    [Fact]
    public async Task Topics_lists_each_tag_once_with_its_published_article_count_and_links_to_it()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/topics");

        Assert.Equal("Topics", Assert.Single(document.QuerySelectorAll("h1")).Text());
        var items = document.QuerySelectorAll("ul.topic-list > li")
            .Select(li => (Href: li.QuerySelector("a")!.GetAttribute("href"), Text: li.Text()))
            .ToList();
        Assert.Equal(
            [
                ("/topics/body", "body 3 articles"),
                ("/topics/emotional-regulation", "emotional regulation 3 articles"),
                ("/topics/sleep", "sleep 1 article"),
                ("/topics/solitude", "solitude 1 article"),
            ],
            items);
    }

    [Fact]
    public async Task A_topic_lists_its_articles_with_title_link_summary_and_reading_time_in_home_page_order()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/topics/emotional-regulation");

        Assert.Equal("Topic: emotional regulation", Assert.Single(document.QuerySelectorAll("h1")).Text());
        var cards = document.QuerySelectorAll("ul.article-list > li").ToList();
        Assert.Equal(["/guide/naming-feelings", "/guide/body-memory", "/guide/calm-breathing"], cards.Select(c => c.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal("Why old fear can show up as tension, and what helps.", cards[1].QuerySelector("p")!.Text());
        Assert.Equal("1 min read", cards[1].QuerySelector(".meta")!.Text());
        Assert.EndsWith("/topics/emotional-regulation", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/topics/hidden-topic")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/topics/%3Cscript%3E")]
    public async Task An_unknown_or_draft_only_topic_is_the_friendly_404(string path)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("/", document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_articles_tags_link_to_their_topic_pages()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/body-memory");

        var links = document.QuerySelectorAll("ul.topic-links a").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Equal([("/topics/emotional-regulation", "emotional regulation"), ("/topics/body", "body")], links);
    }

    [Fact]
    public async Task Every_page_links_to_the_topics_in_its_footer()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        Assert.Contains("/topics", document.QuerySelectorAll("footer nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_sitemap_lists_the_topics_page_and_every_topic_but_no_draft_only_topic()
    {
        var xml = XDocument.Parse(await factory.CreatePlainClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        var paths = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        Assert.Contains("/topics", paths);
        Assert.Contains("/topics/emotional-regulation", paths);
        Assert.Contains("/topics/solitude", paths);
        Assert.DoesNotContain("/topics/hidden-topic", paths);
    }
}
