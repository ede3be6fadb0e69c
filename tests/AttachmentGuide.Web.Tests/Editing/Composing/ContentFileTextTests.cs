using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Composing;

/// <summary>
/// A file read into the edit form and written back is the same article to the site: the same front matter values, the
/// same HTML, keys the form has no field for kept as written, and one blank line between the front matter and the body.
/// </summary>
public sealed class ContentFileTextTests
{
    private static readonly ArticleParser Parser = ContentParsing.CreateParser();
    private static readonly DateOnly Today = new(2026, 7, 15);

    public static TheoryData<string> RealFiles() =>
        [.. Directory.EnumerateFiles(TestPaths.RealContent, "*.md", SearchOption.AllDirectories).Where(f => !f.Contains("/images/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Each_real_content_file_written_back_unchanged_parses_to_the_same_article(string file) =>
        AssertSameArticle(File.ReadAllText(file));

    [Theory]
    [InlineData("---\ntitle: \"Grief: the first year\"\nsummary: 'It''s hard, and # that is fine'\ntags: [grief, \"sleep\", Loss]\norder: -3\ndraft: false\nreviewed: 2026-01-31\nreview_due: 2027-01-31\nauthor: Dr. A. O'Neil\ncontent_note: mentions death\naliases: [old-grief, /guide/older-grief]\n---\n## Part\n\nText.\n")]
    [InlineData("---\ntitle: true\nsummary: null words\nsubtitle: \"null\"\nauthor: \"  spaced  \"\n---\n\n## Part\n\nText.\n")]
    [InlineData("---\ntitle: Tabs\tand \"quotes\" and \\ slashes\nsummary: >\n  A folded\n  summary.\n---\n\n## Part\n\nText.\n")]
    [InlineData("---\r\ntitle: Windows\r\nsummary: CRLF file\r\n---\r\n\r\n## Part\r\n\r\nText.\r\n")]
    [InlineData("\uFEFF---\ntitle: BOM\nsummary: A byte-order mark\n---\n\n## Part\n\nText.\n")]
    public void Awkward_values_written_back_read_as_the_same_values(string text) => AssertSameArticle(text);

    [Fact]
    public void Keys_and_comments_the_form_has_no_field_for_are_kept_as_written()
    {
        const string text = "---\n# a comment staff left\ntitle: Kept\nslug: kept-slug\nsummary: Sum\npublished: 2025-05-01   # first out\nnav: true\ncolour: blue\ntags:\n  - one\n  - two\n---\n\n## Part\n\nText.\n";

        var parts = ContentFileText.Split(text);
        var written = ContentFileText.Compose(parts.Fields, parts.Body);

        Assert.Equal("Kept", parts.Fields.Title);
        Assert.Equal("one, two", parts.Fields.Tags);
        Assert.Equal("# a comment staff left\nslug: kept-slug\npublished: 2025-05-01   # first out\nnav: true\ncolour: blue", parts.Fields.OtherLines);
        Assert.Contains("\nslug: kept-slug\npublished: 2025-05-01   # first out\nnav: true\ncolour: blue\n", written, StringComparison.Ordinal);
        AssertSameArticle(text);
    }

    [Fact]
    public void The_composed_file_has_one_blank_line_between_the_front_matter_and_the_body_and_ends_with_a_line_break()
    {
        var fields = new FrontMatterFields { Title = "Title", Summary = "Summary" };

        var written = ContentFileText.Compose(fields, "\r\n\r\n## Part\r\n\r\nText.\r\n\r\n");

        Assert.Equal("---\ntitle: Title\nsummary: Summary\n---\n\n## Part\n\nText.\n", written);
        Assert.Equal(6, ContentFileText.BodyFirstLine(fields));
        Assert.Equal("## Part", written.Split('\n')[ContentFileText.BodyFirstLine(fields) - 1]);
    }

    [Fact]
    public void Front_matter_that_is_not_YAML_stays_as_written_in_the_other_lines()
    {
        const string text = "---\ntitle: [unclosed\nsummary: x\n---\n\nBody.\n";

        var parts = ContentFileText.Split(text);

        Assert.Null(parts.Fields.Title);
        Assert.Equal("title: [unclosed\nsummary: x", parts.Fields.OtherLines);
        Assert.Equal("Body.\n", parts.Body);
        Assert.Equal(text, ContentFileText.Compose(parts.Fields, parts.Body));
    }

    [Theory]
    [InlineData("Plain words")]
    [InlineData("A: colon")]
    [InlineData("# not a comment")]
    [InlineData("[not a list]")]
    [InlineData("- not a list item")]
    [InlineData("yes")]
    [InlineData("~")]
    [InlineData("'quoted'")]
    [InlineData("back\\slash \"and\" quotes")]
    [InlineData("ends with a colon:")]
    [InlineData("@at & *star ! bang | pipe > more % percent `tick`")]
    [InlineData("Émigré, naïve – “curly” ’quotes’")]
    public void A_title_of_any_text_reads_back_as_typed(string title)
    {
        var text = ContentFileText.Compose(new FrontMatterFields { Title = title, Summary = "S", Tags = title.Replace(",", " ", StringComparison.Ordinal) }, "## Part\n\nText.");

        var article = Parser.Parse("/content/articles/t.md", text, Today).Article;

        Assert.NotNull(article);
        Assert.Equal(title.Trim(), article.Title);
    }

    private static void AssertSameArticle(string original)
    {
        var parts = ContentFileText.Split(original);
        var written = ContentFileText.Compose(parts.Fields, parts.Body);
        var before = Parser.Parse("/content/articles/round-trip.md", original, Today);
        var after = Parser.Parse("/content/articles/round-trip.md", written, Today);

        Assert.Equal(before.Article is null, after.Article is null);
        Assert.Equal(before.Diagnostics.Select(d => (d.Code, d.Message)), after.Diagnostics.Select(d => (d.Code, d.Message)));
        if (before.Article is { } a && after.Article is { } b)
        {
            Assert.Equal((a.Slug, a.Title, a.Subtitle, a.Summary), (b.Slug, b.Title, b.Subtitle, b.Summary));
            IReadOnlyList<string> none = [];
            Assert.Equal(a.Metadata with { AliasesLine = null, Tags = none, Aliases = none }, b.Metadata with { AliasesLine = null, Tags = none, Aliases = none });
            Assert.Equal(a.Metadata.Tags, b.Metadata.Tags);
            Assert.Equal(a.Metadata.Aliases, b.Metadata.Aliases);
            Assert.Equal(a.LeadHtml, b.LeadHtml);
            Assert.Equal(a.Sections.Select(s => s.Html + s.HeadingHtml), b.Sections.Select(s => s.Html + s.HeadingHtml));
        }

        // Written back a second time, the file no longer changes.
        var again = ContentFileText.Split(written);
        Assert.Equal(written, ContentFileText.Compose(again.Fields, again.Body));
        Assert.Contains("\n---\n\n", written, StringComparison.Ordinal);
    }
}
