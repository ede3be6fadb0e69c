using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

public sealed class ArticleParserSafetyTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body)
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Section\n\n" + body + "\n");
        var article = Assert.IsType<Article>(result.Article);
        return (article.Sections[0].Html, result.Diagnostics);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <span onclick=\"alert(1)\">inline</span> here")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Raw_html_is_escaped_and_warned_about(string body)
    {
        var (html, diagnostics) = Render(body);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<span", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.RawHtml);
    }

    [Fact]
    public void Html_comments_are_staff_notes_and_render_as_nothing()
    {
        var (html, diagnostics) = Render("<!-- reviewer: check this -->\n\nVisible text <!-- inline note -->.");

        Assert.DoesNotContain("reviewer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("inline note", html, StringComparison.Ordinal);
        Assert.Contains("Visible text", html, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.RawHtml);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](java&#9;script:alert(1))")]
    [InlineData("[click](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_with_unsafe_schemes_are_inert_and_warned_about(string body)
    {
        var (html, diagnostics) = Render(body);

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
    }

    [Theory]
    [InlineData("[web](https://example.org/page)", "https://example.org/page")]
    [InlineData("[mail](mailto:hello@example.org)", "mailto:hello@example.org")]
    [InlineData("[call](tel:+441234567890)", "tel:+441234567890")]
    [InlineData("[privacy](/privacy)", "/privacy")]
    public void Safe_links_stay_live(string body, string href)
    {
        var (html, diagnostics) = Render(body);

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("[other](other-article)", "/guide/other-article", "other-article", null)]
    [InlineData("[other](other-article.md#part)", "/guide/other-article#part", "other-article", "part")]
    [InlineData("[other](/guide/other-article#part)", "/guide/other-article#part", "other-article", "part")]
    [InlineData("[here](#section)", "#section", null, "section")]
    public void Links_to_articles_are_recorded_and_point_at_the_article_page(string body, string href, string? slug, string? anchor)
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S\n---\n\n## Section\n\n" + body + "\n");

        Assert.Contains($"href=\"{href}\"", result.Article!.Sections[0].Html, StringComparison.Ordinal);
        var link = Assert.Single(result.Article.Links);
        Assert.Equal(slug, link.TargetSlug);
        Assert.Equal(anchor, link.Anchor);
        Assert.Equal(body.Split(']')[1].Trim('(', ')'), link.AsWritten);
    }

    [Fact]
    public void Images_from_other_sites_are_not_rendered()
    {
        var (html, diagnostics) = Render("![pixel](https://tracker.example/p.gif) and ![proto](//tracker.example/p.gif)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.ExternalImage));
    }
}
