using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

public sealed class ArticleParserDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> BrokenSample() =>
        TestContent.Parse(TestContent.ReadSample("broken-front-matter.md"), "broken-front-matter.md").Diagnostics;

    [Theory]
    [InlineData("AG0201", 2, 1, DiagnosticSeverity.Warning)]
    [InlineData("AG0102", 1, 1, DiagnosticSeverity.Error)]
    [InlineData("AG0211", 4, 8, DiagnosticSeverity.Warning)]
    [InlineData("AG0107", 5, 8, DiagnosticSeverity.Error)]
    [InlineData("AG0203", 10, 1, DiagnosticSeverity.Warning)]
    [InlineData("AG0210", 12, 1, DiagnosticSeverity.Warning)]
    [InlineData("AG0204", 14, 1, DiagnosticSeverity.Warning)]
    [InlineData("AG0204", 16, 6, DiagnosticSeverity.Warning)]
    [InlineData("AG0209", 16, 28, DiagnosticSeverity.Warning)]
    [InlineData("AG0205", 16, 64, DiagnosticSeverity.Warning)]
    [InlineData("AG0212", 18, 4, DiagnosticSeverity.Warning)]
    public void Broken_sample_reports_each_problem_at_its_line_and_column(string code, int line, int column, DiagnosticSeverity severity)
    {
        Assert.Contains(BrokenSample(), d => d.Code == code && d.Line == line && d.Column == column && d.Severity == severity);
    }

    [Fact]
    public void Unknown_key_suggests_the_key_it_resembles()
    {
        var unknown = Assert.Single(BrokenSample(), d => d.Code == DiagnosticCodes.UnknownKey);

        Assert.Contains("'titel'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'title'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_an_error_is_left_out()
    {
        var result = TestContent.Parse(TestContent.ReadSample("broken-front-matter.md"));

        Assert.Null(result.Article);
    }

    [Fact]
    public void Diagnostic_formats_in_the_compiler_style_editors_make_clickable()
    {
        var missingTitle = Assert.Single(BrokenSample(), d => d.Code == DiagnosticCodes.MissingTitle);

        Assert.Equal(
            "content/articles/broken-front-matter.md(1,1): error AG0102: front matter is missing 'title'. Add a line 'title: ...' between the '---' lines",
            missingTitle.Format("/"));
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line_it_is_on()
    {
        var result = TestContent.Parse(TestContent.ReadSample("yaml-syntax-error.md"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, error.Code);
        Assert.Equal(4, error.Line);
        Assert.Null(result.Article);
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\n\n## A\n", "AG0103")]
    [InlineData("---\nsummary: S\n---\n\n## A\n", "AG0102")]
    [InlineData("---\ntitle: T\nsummary: S\nslug: Not A Slug\n---\n\n## A\n", "AG0105")]
    [InlineData("No front matter at all.\n", "AG0108")]
    [InlineData("---\ntitle: T\nsummary: S\n\n## Never closed\n", "AG0101")]
    [InlineData("---\n- just\n- a list\n---\n", "AG0101")]
    [InlineData("---\ntitle: \"unterminated\nsummary: S\n---\n", "AG0101")]
    public void Required_and_structural_errors_are_reported(string text, string code)
    {
        var result = TestContent.Parse(text);

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.IsError);
        Assert.Null(result.Article);
    }

    [Fact]
    public void A_file_name_that_cannot_be_a_slug_is_an_error_that_says_how_to_fix_it()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## A\n", "My Article.md");

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
        Assert.Contains("'My Article'", error.Message, StringComparison.Ordinal);
        Assert.Contains("slug:", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_without_sections_is_a_warning_not_an_error()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\nJust a lead.\n");

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoSections && !d.IsError);
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void Review_due_in_the_past_is_a_warning()
    {
        var overdue = TestContent.Parse("---\ntitle: T\nsummary: S\nreview_due: 2026-11-24\n---\n\n## A\n");
        var notYet = TestContent.Parse("---\ntitle: T\nsummary: S\nreview_due: 2026-11-25\n---\n\n## A\n");

        Assert.Contains(overdue.Diagnostics, d => d.Code == DiagnosticCodes.ReviewOverdue && !d.IsError);
        Assert.DoesNotContain(notYet.Diagnostics, d => d.Code == DiagnosticCodes.ReviewOverdue);
    }

    [Fact]
    public void Level_one_heading_in_the_body_is_moved_down_to_a_section()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n# Big heading\n\nText.\n");

        var section = Assert.Single(result.Article!.Sections);
        Assert.Equal(2, section.Level);
        Assert.Equal("big-heading", section.Id);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.HeadingOneInBody && d.Line == 6);
    }

    [Fact]
    public void Mutated_front_matter_never_throws_and_always_explains_itself()
    {
        var original = TestContent.ReadSample("nested-and-duplicates.md");
        var end = original.IndexOf("\n---", 3, StringComparison.Ordinal);
        var inserts = new[] { "[", "]", "{", "}", "\"", "'", ":", "- ", "\t", "&a", "*a", "!!int ", "|", ">", "%", "@", "`", "#", "\n  ", "\0" };
        var random = new Random(20261125);
        for (var i = 0; i < 2000; i++)
        {
            var position = random.Next(4, end);
            var mutated = original.Insert(position, inserts[random.Next(inserts.Length)]);

            var result = TestContent.Parse(mutated);

            Assert.True(result.Article is not null || result.Diagnostics.Any(d => d.IsError), $"no article and no error for:\n{mutated}");
            Assert.All(result.Diagnostics, d => Assert.True(d.Line is null or >= 1));
        }
    }
}
