using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>The preview is the public page's own HTML, inside the staff area, with every diagnostic at its line.</summary>
public sealed class EditorPreviewTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_preview_of_an_article_is_the_same_article_HTML_as_the_public_page()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));

        using var response = await EditorForm.PostAsync(editor, page, "Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await HtmlHelpers.ParseAsync(response);
        var shown = preview.QuerySelector(".preview-frame article.article");
        Assert.NotNull(shown);
        var published = (await site.CreatePlainClient().GetDocumentAsync("/guide/" + StaffTestData.Article)).QuerySelector("main article.article");
        Assert.NotNull(published);
        Assert.Equal(published.OuterHtml, shown.OuterHtml);
        // Beside it, how easy the text is to read.
        Assert.StartsWith("Reading age 14 (Flesch–Kincaid grade", preview.QuerySelector(".preview-reading-age")?.Text(), StringComparison.Ordinal);
        // Inside the staff area: the staff nav and stylesheet, never cached.
        Assert.NotNull(preview.QuerySelector("nav.staff-nav"));
        Assert.NotNull(preview.QuerySelector("link[href^='/css/staff']"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_preview_of_a_page_is_the_same_page_HTML_as_the_public_page()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath("pages/fees.md"));

        using var response = await EditorForm.PostAsync(editor, page, "Preview");

        var shown = (await HtmlHelpers.ParseAsync(response)).QuerySelector(".preview-frame article.article");
        var published = (await site.CreatePlainClient().GetDocumentAsync("/fees")).QuerySelector("main article.article");
        Assert.NotNull(shown);
        Assert.Equal(published!.OuterHtml, shown.OuterHtml);
    }

    [Fact]
    public async Task Preview_shows_what_was_typed_with_each_diagnostic_its_line_in_the_textarea_and_its_fix_and_writes_nothing()
    {
        var before = await File.ReadAllTextAsync(site.ArticlePath(StaffTestData.Article), Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));
        // Line 3 of the textarea: a '#' heading, which the site moves down a level with a warning.
        const string body = "## First\n\n# A heading one level too high\n\nText with <b>raw HTML</b>.\n";

        using var response = await EditorForm.PostAsync(editor, page, "Preview", ("Input.Title", "A previewed title"), ("Body", body));

        var preview = await HtmlHelpers.ParseAsync(response);
        Assert.Equal("A previewed title", preview.QuerySelector(".preview-frame h1")!.Text());
        var heading = preview.QuerySelectorAll(".diagnostic").Single(d => d.GetAttribute("data-code") == AttachmentGuide.Content.Diagnostics.DiagnosticCodes.HeadingOneInBody);
        var link = heading.QuerySelector("a.diagnostic-line")!;
        Assert.Equal("3", link.GetAttribute("data-line"));
        Assert.Equal("#Body", link.GetAttribute("href"));
        Assert.StartsWith("Line 3", link.Text(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(heading.QuerySelector(".diagnostic-fix")!.Text()));
        Assert.Contains(preview.QuerySelectorAll(".diagnostic a.diagnostic-line"), a => a.GetAttribute("data-line") == "5");
        Assert.Equal(body, EditorForm.Value(preview, "Body"));
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(StaffTestData.Article), Token));
    }

    [Fact]
    public async Task A_diagnostic_in_the_front_matter_links_to_the_fields()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));

        using var response = await EditorForm.PostAsync(editor, page, "Preview", ("Input.OtherLines", "colour: blue"));

        var preview = await HtmlHelpers.ParseAsync(response);
        var unknown = preview.QuerySelectorAll(".diagnostic").Single(d => d.Text().Contains("unknown front matter key 'colour'", StringComparison.Ordinal));
        Assert.Equal("#front-matter", unknown.QuerySelector("a.diagnostic-line")!.GetAttribute("href"));
        Assert.NotNull(preview.QuerySelector("fieldset#front-matter"));
    }

    [Fact]
    public async Task The_live_preview_answers_the_fragment_alone_for_the_text_posted_with_the_antiforgery_token()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));
        var url = page.QuerySelector("#editor-preview-area")!.GetAttribute("data-live-preview")!;

        var fields = EditorForm.Values(page).Where(v => v.Key != "Input.Title").Append(new("Input.Title", "Typed a moment ago")).ToList();
        using var response = await editor.PostAsync(url, fields);
        using var withoutToken = await editor.PostAsync(url, fields.Where(v => v.Key != StaffBrowser.AntiforgeryField));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1>Typed a moment ago</h1>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task The_editor_loads_its_script_from_a_file_and_has_no_inline_script_or_style()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        using var response = await editor.GetAsync(EditorForm.EditPath(EditorForm.Article));
        var page = await HtmlHelpers.ParseAsync(response);

        Assert.NotNull(page.QuerySelector("script[src^='/js/editor']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
