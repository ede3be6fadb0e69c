using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

/// <summary>Templates for staff: each note is reported where it is, and none reaches a reader.</summary>
public sealed class CompletionMarkerTests
{
    private const string FrontMatter = "---\ntitle: Fees\nsummary: What sessions cost.\n---\n\n";

    [Fact]
    public void Each_to_complete_note_is_a_warning_at_its_line_and_column()
    {
        var result = TestContent.Parse(FrontMatter + "## Fees\n\nA session costs. TO COMPLETE: the fee.\n\nTO COMPLETE: the rest.\n");

        var notes = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateIncomplete).ToList();
        Assert.Equal([(8, 18), (10, 1)], notes.Select(d => (d.Line!.Value, d.Column!.Value)));
        Assert.All(notes, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void A_note_is_cut_from_the_page_from_its_marker_to_the_end_of_its_paragraph()
    {
        var article = TestContent.Parse(FrontMatter + "## Fees\n\nA session costs. TO COMPLETE: the *fee* and [more](https://example.org).\n\nKept.\n").Article!;

        var html = article.Sections[0].Html;
        Assert.DoesNotContain("TO COMPLETE", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fee", html, StringComparison.Ordinal);
        Assert.Contains("<p>A session costs.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Kept.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TO COMPLETE: a whole paragraph for staff.\n")]
    [InlineData("**Note for staff. TO COMPLETE: in bold.**\n")]
    [InlineData("- TO COMPLETE: a list item\n")]
    [InlineData("> TO COMPLETE: a quote\n")]
    public void A_block_left_with_no_text_leaves_no_trace(string note)
    {
        var article = TestContent.Parse(FrontMatter + "Lead.\n\n" + note + "\n## Fees\n\nText.\n").Article!;

        Assert.DoesNotContain("TO COMPLETE", article.LeadHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>", article.LeadHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", article.LeadHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong></strong>", article.LeadHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_flag_is_a_warning_at_its_value()
    {
        var result = TestContent.Parse("---\ntitle: About\nsummary: Who we are.\ntemplate: true\n---\n\n## Part\n\nText.\n");

        var flag = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateIncomplete);
        Assert.Equal((4, 11), (flag.Line, flag.Column));
        Assert.True(result.Article!.Metadata.Template);
    }

    [Fact]
    public void A_finished_page_has_no_completion_warning()
    {
        var result = TestContent.Parse("---\ntitle: About\nsummary: Who we are.\ntemplate: false\n---\n\n## Part\n\nTo complete the picture, text.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateIncomplete);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("on", true)]
    [InlineData("off", false)]
    public void Draft_written_as_a_yaml_word_is_a_warning_naming_true_and_false(string word, bool read)
    {
        var result = TestContent.Parse($"---\ntitle: A\nsummary: B.\ndraft: {word}\n---\n\n## Part\n\nText.\n");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftSpelling);
        Assert.Equal((4, 8), (warning.Line, warning.Column));
        Assert.Contains("true and false", warning.Message, StringComparison.Ordinal);
        Assert.Equal(read, result.Article!.Metadata.Draft);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Draft_true_or_false_is_accepted_silently(string word)
    {
        var result = TestContent.Parse($"---\ntitle: A\nsummary: B.\ndraft: {word}\n---\n\n## Part\n\nText.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftSpelling);
    }
}
