namespace AttachmentGuide.Content.Tests;

public sealed class ArticleParserSeedTests
{
    private static readonly string SeedPath =
        Path.Combine(TestContent.RepositoryRoot(), "content", "articles", "what-causes-attachment-trauma.md");

    private static Article ParseSeed()
    {
        var result = TestContent.Parser.Parse(SeedPath, File.ReadAllText(SeedPath), TestContent.Today);
        // The seed's review dates and author are placeholders for staff, each line marked TO COMPLETE.
        Assert.All(result.Diagnostics, d => Assert.Equal(Diagnostics.DiagnosticCodes.TemplateIncomplete, d.Code));
        return Assert.IsType<Article>(result.Article);
    }

    [Fact]
    public void Seed_article_carries_review_dates_and_author_marked_for_staff()
    {
        var result = TestContent.Parser.Parse(SeedPath, File.ReadAllText(SeedPath), TestContent.Today);

        Assert.NotNull(result.Article!.Metadata.Reviewed);
        Assert.NotNull(result.Article.Metadata.ReviewDue);
        Assert.NotNull(result.Article.Metadata.Author);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal((6, 3), (note.Line, note.Column));
    }

    [Fact]
    public void Seed_article_has_its_title_subtitle_and_slug()
    {
        var article = ParseSeed();

        Assert.Equal("what-causes-attachment-trauma", article.Slug);
        Assert.Equal("What Causes Attachment Trauma?", article.Title);
        Assert.Equal("A Simple Guide to the Roots of Disconnection", article.Subtitle);
    }

    [Fact]
    public void Seed_article_has_the_five_sections_in_order_with_github_style_anchors()
    {
        var article = ParseSeed();

        Assert.Equal(
            [
                ("it-begins-with-foundational-relationships", "It Begins with Foundational Relationships"),
                ("the-impact-of-disrupted-safety", "The Impact of Disrupted Safety"),
                ("when-trauma-lives-in-your-body", "When Trauma Lives in Your Body"),
                ("the-role-of-unresolved-parental-trauma", "The Role of Unresolved Parental Trauma"),
                ("healing-from-attachment-trauma", "Healing From Attachment Trauma"),
            ],
            article.Sections.Select(s => (s.Id, s.Heading)));
        Assert.All(article.Sections, s => Assert.Equal(2, s.Level));
    }

    [Fact]
    public void Seed_article_lead_is_the_text_before_the_first_section()
    {
        var article = ParseSeed();

        Assert.StartsWith("<p>Have you ever wondered why dating and relationships are so difficult?", article.LeadHtml, StringComparison.Ordinal);
        Assert.Contains("in a way that gives more clarity.</p>", article.LeadHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Foundational", article.LeadHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_article_keeps_the_bullet_list_as_a_list_of_five()
    {
        var first = ParseSeed().Sections[0];

        Assert.Equal(5, first.Html.Split("<li>").Length - 1);
        Assert.Contains("<li>An emotionally absent parent</li>", first.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Frequent separations in your important relationships</li>", first.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_article_counts_words_and_reading_time()
    {
        var article = ParseSeed();

        Assert.InRange(article.WordCount, 600, 800);
        Assert.InRange(article.WordCount - article.Sections.Sum(s => s.WordCount), 70, 100);
        Assert.Equal(3, article.ReadingMinutes);
        Assert.StartsWith("<p>Attachment trauma begins in our earliest relationships", article.Sections[0].Html, StringComparison.Ordinal);
    }
}
