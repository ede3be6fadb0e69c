namespace AttachmentGuide.Content.Tests;

public sealed class ArticleParserStructureTests
{
    private static Article ParseNested() =>
        Assert.IsType<Article>(TestContent.Parse(TestContent.ReadSample("nested-and-duplicates.md"), "nested-and-duplicates.md").Article);

    [Fact]
    public void Duplicate_headings_get_markdigs_numeric_suffixes()
    {
        var article = ParseNested();

        Assert.Equal(["notes", "notes-1", "notes-2", "top-1"], article.Sections.Select(s => s.Id));
        Assert.Equal(["what-to-try", "what-to-try-1"], article.Sections[0].Subsections.Select(s => s.Id));
    }

    [Fact]
    public void Level_three_headings_become_subsections_with_their_own_html()
    {
        var notes = ParseNested().Sections[0];

        Assert.Equal("<p>First notes.</p>\n", notes.Html);
        Assert.Equal(2, notes.Subsections.Count);
        Assert.All(notes.Subsections, s => Assert.Equal(3, s.Level));
        Assert.Equal("<p>Try this.</p>\n", notes.Subsections[0].Html);
        Assert.Equal("<p>And this.</p>\n", notes.Subsections[1].Html);
        Assert.Equal(13, notes.WordCount);
    }

    [Fact]
    public void A_heading_that_would_take_an_id_the_layout_uses_gets_a_suffix()
    {
        var article = ParseNested();

        Assert.DoesNotContain(article.Sections, s => s.Id == "top");
        Assert.Contains("top-1", article.HeadingIds);
        var quickExit = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Quick exit hint\n").Article!;
        Assert.Equal("quick-exit-hint-1", quickExit.Sections[0].Id);
    }

    [Fact]
    public void Slug_defaults_to_the_file_name_and_front_matter_can_override_it()
    {
        const string text = "---\ntitle: T\nsummary: S\n---\n\n## A\n";
        const string withSlug = "---\ntitle: T\nsummary: S\nslug: chosen-name\n---\n\n## A\n";

        Assert.Equal("from-file", TestContent.Parse(text, "from-file.md").Article?.Slug);
        Assert.Equal("chosen-name", TestContent.Parse(withSlug, "from-file.md").Article?.Slug);
    }

    [Fact]
    public void Optional_front_matter_fields_are_read()
    {
        const string text = """
            ---
            title: T
            summary: S
            subtitle: Sub
            published: 2026-01-31
            reviewed: 2026-02-01
            review_due: 2027-02-01
            author: Dr A. Therapist
            tags: [Grief, sleep]
            order: 5
            draft: true
            content_note: mentions loss
            ---

            ## A
            """;

        var metadata = Assert.IsType<Article>(TestContent.Parse(text).Article).Metadata;

        Assert.Equal(new DateOnly(2026, 1, 31), metadata.Published);
        Assert.Equal(new DateOnly(2026, 2, 1), metadata.Reviewed);
        Assert.Equal(new DateOnly(2027, 2, 1), metadata.ReviewDue);
        Assert.Equal("Dr A. Therapist", metadata.Author);
        Assert.Equal(["grief", "sleep"], metadata.Tags);
        Assert.Equal(5, metadata.Order);
        Assert.True(metadata.Draft);
        Assert.Equal("mentions loss", metadata.ContentNote);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_parse_exactly_as_plain_lf_text()
    {
        var plain = TestContent.ReadSample("broken-front-matter.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var windows = "\uFEFF" + plain.Replace("\n", "\r\n", StringComparison.Ordinal);
        var nested = TestContent.ReadSample("nested-and-duplicates.md").Replace("\r\n", "\n", StringComparison.Ordinal);

        var expected = TestContent.Parse(plain).Diagnostics.Select(d => d.ToString());
        var actual = TestContent.Parse(windows).Diagnostics.Select(d => d.ToString());
        var expectedArticle = TestContent.Parse(nested).Article!;
        var actualArticle = TestContent.Parse("\uFEFF" + nested.Replace("\n", "\r\n", StringComparison.Ordinal)).Article!;

        Assert.Equal(expected, actual);
        Assert.Equal(expectedArticle.LeadHtml, actualArticle.LeadHtml);
        Assert.Equal(expectedArticle.Sections.Select(s => s.Html + s.Id), actualArticle.Sections.Select(s => s.Html + s.Id));
    }

    [Fact]
    public void Heading_markup_is_kept_in_heading_html_and_dropped_from_heading_text()
    {
        var article = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Feeling *safe* with `others`\n").Article!;

        Assert.Equal("Feeling safe with others", article.Sections[0].Heading);
        Assert.Equal("Feeling <em>safe</em> with <code>others</code>", article.Sections[0].HeadingHtml);
        Assert.Equal("feeling-safe-with-others", article.Sections[0].Id);
    }
}
