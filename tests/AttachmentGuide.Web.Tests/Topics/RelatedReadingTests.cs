using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Topics;

public sealed class RelatedReadingTests(TopicsSiteFactory factory) : IClassFixture<TopicsSiteFactory>
{
    internal static IReadOnlyList<string?> RelatedLinks(IDocument document) =>
        document.QuerySelectorAll("aside.related-reading li > a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task More_shared_tags_come_first_then_home_page_order_never_the_article_itself_nor_a_draft()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/body-memory");

        Assert.Equal(["/guide/calm-breathing", "/guide/naming-feelings", "/guide/sleeping-again"], RelatedLinks(document));
        Assert.Equal("Related reading", document.QuerySelector("aside.related-reading h2")!.Text());
        Assert.Equal("A slow way of breathing for hard moments.", document.QuerySelector("aside.related-reading li p")!.Text());
    }

    [Fact]
    public async Task Related_reading_comes_before_reach_out()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/calm-breathing");

        var asides = document.QuerySelectorAll("main aside").Select(a => a.ClassName).ToList();
        Assert.True(asides.IndexOf("related-reading") >= 0, "no related reading");
        Assert.True(asides.IndexOf("related-reading") < asides.IndexOf("reach-out"), string.Join(", ", asides));
    }

    [Fact]
    public async Task An_article_nothing_is_related_to_has_no_related_reading_at_all()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/on-your-own");

        Assert.Null(document.QuerySelector(".related-reading"));
        Assert.DoesNotContain(document.QuerySelectorAll("h2"), h => h.Text() == "Related reading");
    }
}

public sealed class RelatedReadingWithSimilarityTests(SimilarTopicsSiteFactory factory) : IClassFixture<SimilarTopicsSiteFactory>
{
    [Fact]
    public async Task Similar_articles_fill_the_slots_shared_tags_leave_without_the_article_itself_or_repeats()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/sleeping-again");

        // Shared 'body': body-memory, calm-breathing; then similarity, skipping itself, a missing one and calm-breathing again.
        Assert.Equal(["/guide/body-memory", "/guide/calm-breathing", "/guide/naming-feelings"], RelatedReadingTests.RelatedLinks(document));
    }

    [Fact]
    public async Task Similarity_alone_can_give_an_untagged_article_related_reading()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/renamed");

        Assert.Equal(["/guide/calm-breathing", "/guide/naming-feelings", "/guide/on-your-own"], RelatedReadingTests.RelatedLinks(document));
    }
}
