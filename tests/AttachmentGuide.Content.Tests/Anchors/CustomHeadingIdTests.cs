using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests.Anchors;

public sealed class CustomHeadingIdTests
{
    private static ArticleParseResult Parse(string body) => TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n" + body);

    private static IEnumerable<Diagnostic> WithCode(ArticleParseResult result, string code) => result.Diagnostics.Where(d => d.Code == code);

    [Fact]
    public void A_custom_id_sets_the_sections_anchor_and_leaves_the_heading_text_alone()
    {
        var article = Parse("## Feeling safe again {#safety}\n\nText.\n\n### Small steps {#steps}\n\nMore.\n").Article!;

        Assert.Equal("safety", article.Sections[0].Id);
        Assert.Equal("Feeling safe again", article.Sections[0].Heading);
        Assert.Equal("steps", article.Sections[0].Subsections[0].Id);
        Assert.Contains("safety", article.HeadingIds);
        Assert.DoesNotContain("feeling-safe-again", article.HeadingIds);
    }

    [Fact]
    public void A_link_to_a_custom_id_in_the_same_article_resolves()
    {
        var result = Parse("## Feeling safe {#safety}\n\nSee [below](#safety) and [gone](#feeling-safe).\n");

        Assert.Contains(result.Article!.Links, l => l.Anchor == "safety");
        Assert.Contains("href=\"#safety\"", result.Article.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_custom_id_is_an_error_naming_both_lines()
    {
        var result = Parse("## One {#same}\n\nA.\n\n## Two {#same}\n\nB.\n");

        var error = Assert.Single(WithCode(result, DiagnosticCodes.DuplicateHeadingId));
        Assert.True(error.IsError);
        Assert.Equal(10, error.Line);
        Assert.Contains("line 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Article);
    }

    [Fact]
    public void A_custom_id_equal_to_another_headings_automatic_id_is_an_error()
    {
        var result = Parse("## Notes\n\nA.\n\n## Later {#notes}\n\nB.\n");

        Assert.Single(WithCode(result, DiagnosticCodes.DuplicateHeadingId));
    }

    [Fact]
    public void A_custom_id_the_layout_uses_is_an_error()
    {
        var result = Parse("## Help {#main}\n\nA.\n");

        Assert.Single(WithCode(result, DiagnosticCodes.InvalidHeadingId));
        Assert.Null(result.Article);
    }

    [Fact]
    public void Classes_and_key_values_on_a_heading_are_dropped_with_a_warning_and_the_id_kept()
    {
        var result = Parse("## Safe {#safe .shout onclick=alert(1)}\n\nA.\n");

        var warning = Assert.Single(WithCode(result, DiagnosticCodes.AttributeDropped));
        Assert.Equal(6, warning.Line);
        Assert.Contains(".shout", warning.Message, StringComparison.Ordinal);
        Assert.Equal("safe", result.Article!.Sections[0].Id);
    }

    [Theory]
    [InlineData("A paragraph.\n{.danger}\n")]
    [InlineData("A [link](https://example.org){onclick=steal()} here.\n")]
    [InlineData("An *emphasis*{#hijack} here.\n")]
    [InlineData("A paragraph {style=display:none}\n")]
    public void Attributes_on_anything_but_a_heading_are_dropped_with_a_warning(string paragraph)
    {
        var result = Parse("## Part\n\n" + paragraph);

        Assert.NotEmpty(WithCode(result, DiagnosticCodes.AttributeDropped));
        var html = result.Article!.Sections[0].Html;
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hijack", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A { lone brace.", "{ lone brace")]
    [InlineData("Sets like {1, 2} stay.", "{1, 2}")]
    [InlineData("Code `{#x}` stays.", "{#x}")]
    public void Braces_that_are_not_an_attribute_block_stay_text(string paragraph, string expected)
    {
        var result = Parse("## Part\n\n" + paragraph + "\n");

        Assert.Contains(expected, result.Article!.Sections[0].Html, StringComparison.Ordinal);
        Assert.Empty(WithCode(result, DiagnosticCodes.AttributeDropped));
    }

    [Fact]
    public void A_link_from_another_article_to_a_custom_id_passes_the_link_check()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/target.md", TempContentFolder.Article("Target", "## Feeling safe {#safety}\n\nText.\n"));
        folder.Write("articles/source.md", TempContentFolder.Article("Source", "## Part\n\n[Ok](target#safety) and [bad](target#feeling-safe).\n"));

        var result = TestContent.Loader().Load(folder.Root, new ContentLoadOptions(false, TestContent.Today));

        var broken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenAnchor);
        Assert.Contains("target#feeling-safe", broken.Message, StringComparison.Ordinal);
        Assert.Contains("#safety", broken.Fix, StringComparison.Ordinal);
    }
}

public sealed class AttributeRulesQuietTests
{
    [Theory]
    [InlineData("```csharp\nvar x = 1;\n```\n")]
    [InlineData("| A | B |\n|---|:-:|\n| 1 | 2 |\n")]
    [InlineData("1. one\n2. two\n\na. x\nb. y\n")]
    [InlineData("Setext heading\n--------------\n\nText.\n")]
    [InlineData("A [link](https://example.org) and ![a picture](https://example.org/x.png).\n")]
    public void Ordinary_markdown_loses_nothing_and_raises_no_attribute_warning(string body)
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Part\n\n" + body);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.AttributeDropped);
    }

    [Fact]
    public void A_fenced_code_blocks_language_is_kept()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Part\n\n```csharp\nvar x = 1;\n```\n");

        Assert.Contains("language-csharp", result.Article!.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setext_heading_can_have_a_custom_id()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\nSafe again {#safe}\n------------------\n\nText.\n");

        Assert.Equal("safe", result.Article!.Sections[0].Id);
    }
}

public sealed class FencedCodeAttributeTests
{
    [Fact]
    public void A_class_added_to_a_fenced_code_block_is_dropped_but_its_language_kept()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Part\n\n```csharp {.evil onclick=x()}\nvar x = 1;\n```\n");

        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.AttributeDropped);
        var html = result.Article!.Sections[0].Html;
        Assert.DoesNotContain("evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
    }
}
