using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests.Anchors;

public sealed class TopicTests
{
    private static readonly ContentLoadOptions Published = new(IncludeDrafts: false, TestContent.Today);

    [Fact]
    public void Spellings_of_one_tag_share_a_topic_named_by_the_first_spelling_in_home_page_order()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", TempContentFolder.Article("Alpha", extra: "order: 1\ntags: [Emotional Regulation, sleep]\n"));
        folder.Write("articles/b.md", TempContentFolder.Article("Bravo", extra: "order: 2\ntags: [emotional-regulation]\n"));
        folder.Write("articles/c.md", TempContentFolder.Article("Charlie", extra: "draft: true\ntags: [sleep, hidden]\n"));

        var library = TestContent.Loader().Load(folder.Root, Published).Library;

        Assert.Equal(["emotional-regulation", "sleep"], library.Topics.Select(t => t.Slug));
        Assert.True(library.TryGetTopic("emotional-regulation", out var topic));
        Assert.Equal("emotional regulation", topic.Name);
        Assert.Equal(["Alpha", "Bravo"], topic.Articles.Select(a => a.Title));
        Assert.True(library.TryGetTopic("sleep", out var sleep));
        Assert.Single(sleep.Articles);
        Assert.False(library.TryGetTopic("hidden", out _));
    }

    [Fact]
    public void A_tag_with_no_letter_or_digit_is_a_warning_and_has_no_topic()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\ntags: [grief, '???']\n---\n\n## A\n");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TagWithoutAddress);
        Assert.Equal(4, warning.Line);
        Assert.Equal(["grief"], result.Article!.Metadata.Tags);
    }

    [Theory]
    [InlineData("Emotional Regulation", "emotional-regulation")]
    [InlineData("trauma & the body", "trauma-the-body")]
    [InlineData("Café", "cafe")]
    [InlineData("  self--care ", "self-care")]
    [InlineData("!!!", "")]
    public void A_tags_address_is_its_slug_form(string tag, string slug) => Assert.Equal(slug, Topic.SlugFor(tag));
}
