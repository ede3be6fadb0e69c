using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests;

/// <summary>The slips staff make in front matter, reported on the line where they made them, in plain words.</summary>
public sealed class YamlSlipTests
{
    [Theory]
    [InlineData("title Coping With Shame\nsummary: S.\n", 2, "line 2: 'title' needs a colon after it")]
    [InlineData("title: T\nsummary S.\n", 3, "line 3: 'summary' needs a colon after it")]
    [InlineData("title: T\n\tsummary: S.\n", 3, "line 3: the line is indented with a tab")]
    [InlineData("title: \"Coping with shame\nsummary: S.\n", 2, "line 2: the quote that starts the value of 'title' is never closed")]
    [InlineData("title: T\nsummary: 'Unclosed\n", 3, "line 3: the quote that starts the value of 'summary' is never closed")]
    [InlineData("title: @home\nsummary: S.\n", 2, "line 2: a value cannot start with '@'")]
    [InlineData("title: `code`\nsummary: S.\n", 2, "line 2: a value cannot start with '`'")]
    [InlineData("title: : Coping\nsummary: S.\n", 2, "line 2: a value cannot start with ':'")]
    [InlineData("title: T\nsummary: S.\nauthor: %me\n", 4, "line 4: a value cannot start with '%'")]
    [InlineData("title: Shame: why it stays\nsummary: S.\n", 2, "line 2: the value of 'title' contains ': '")]
    [InlineData("title: T\n  summary: S.\n", 3, "line 3: 'summary' is indented")]
    [InlineData("title: 'It's hard'\nsummary: S.\n", 2, "line 2: the value of 'title' has an apostrophe inside single quotes")]
    [InlineData("title: T\ntags: [grief, sleep\nsummary: S.\n", 3, "line 3: the '[' that starts the value of 'tags' is not closed")]
    [InlineData("title: A\nsummary: S.\ntitle: B\n", 4, "line 4: 'title' is written twice (first on line 2)")]
    public void A_slip_is_reported_at_its_line_in_plain_words(string yaml, int line, string expected)
    {
        var result = TestContent.Parse("---\n" + yaml + "---\n\n## Part\n\nText.\n");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, error.Code);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("scanning", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("While", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
    }

    [Fact]
    public void The_same_slip_in_a_file_with_crlf_and_a_bom_is_reported_at_the_same_line()
    {
        var result = TestContent.Parse("\uFEFF---\r\ntitle: T\r\ntitle Coping With Shame\r\nsummary: S.\r\n---\r\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("line 3: 'title' needs a colon after it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slip_in_site_settings_is_reported_at_its_line_in_plain_words()
    {
        var (_, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: Clinic\ntagline Calm words\ncrisis_text: Call.\n");

        var problem = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteSyntax, 2), (problem.Code, problem.Line));
        Assert.StartsWith("site.yml line 2: 'tagline' needs a colon after it", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"Shame: why it stays\"\nsummary: 'It''s hard'\ntags: [grief, sleep]\n")]
    [InlineData("title: A title\nsummary: >\n  A folded\n  summary.\nauthor: Dr. Sam: Therapist (quoted below)\n")]
    public void Valid_front_matter_is_not_mistaken_for_a_slip(string yaml)
    {
        var result = TestContent.Parse("---\n" + yaml + "---\n\n## Part\n\nText.\n");

        if (yaml.Contains("Dr. Sam:", StringComparison.Ordinal))
        {
            // Not valid YAML after all: the colon is reported on its own line, not on the folded summary above.
            Assert.Equal(6, Assert.Single(result.Diagnostics, d => d.IsError).Line);
            return;
        }

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
}
