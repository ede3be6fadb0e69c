using AttachmentGuide.Content.Rendering;

namespace AttachmentGuide.Content.Tests;

public sealed class ArticleParserOptionsTests
{
    private const string Article = "---\ntitle: T\nsummary: S\n---\n\n## Top\n\nSee [the other](other-article#part) and [this](/articles/other-article).\n";

    [Fact]
    public void Links_to_articles_are_rewritten_to_the_prefix_the_site_gives()
    {
        var parser = new ArticleParser(MarkdownPipelineFactory.Create(), new ArticleParserOptions("/articles/", ["page-top"]));

        var article = parser.Parse("/content/articles/sample.md", Article, TestContent.Today).Article!;

        Assert.Contains("href=\"/articles/other-article#part\"", article.Sections[0].Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/other-article\"", article.Sections[0].Html, StringComparison.Ordinal);
        Assert.Equal(2, article.Links.Count(l => l.TargetSlug == "other-article"));
    }

    [Fact]
    public void Headings_avoid_the_ids_the_site_gives_and_only_those()
    {
        var parser = new ArticleParser(MarkdownPipelineFactory.Create(), new ArticleParserOptions("/guide/", ["page-top"]));

        var article = parser.Parse("/content/articles/sample.md", "---\ntitle: T\nsummary: S\n---\n\n## Page top\n\n## Top\n", TestContent.Today).Article!;

        Assert.Equal(["page-top-1", "top"], article.Sections.Select(s => s.Id));
    }

    [Theory]
    [InlineData("guide/")]
    [InlineData("/guide")]
    [InlineData("/")]
    [InlineData("")]
    public void A_prefix_that_is_not_a_folder_address_is_refused(string prefix) =>
        Assert.Throws<ArgumentException>(() => new ArticleParserOptions(prefix, ["top"]));

    [Fact]
    public void An_empty_reserved_id_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ArticleParserOptions("/guide/", ["top", " "]));

    [Fact]
    public void Parses_in_parallel_give_the_same_articles_as_one_at_a_time()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"---\ntitle: T{i}\nsummary: S\n---\n\nLead {i} *words*.\n\n## Part {i}\n\nText [x](other-{i}).\n\n### Sub {i}\n\nMore `code` {i}.\n")
            .ToList();
        string Snapshot(Article a) => string.Join("|", a.LeadHtml, a.WordCount, string.Join(";", a.Sections.Select(s => s.HeadingHtml + s.Html + s.WordCount + string.Concat(s.Subsections.Select(u => u.Heading + u.Html)))));

        var sequential = texts.Select(t => Snapshot(TestContent.Parse(t).Article!)).ToList();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(t => Snapshot(TestContent.Parse(t).Article!)).ToList();

        Assert.Equal(sequential, parallel);
    }
}
