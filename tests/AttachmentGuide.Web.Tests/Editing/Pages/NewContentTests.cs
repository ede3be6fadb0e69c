using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>Starting a new article or page: a slug proposed from the title, refused when taken, reserved or not an address.</summary>
public sealed class NewContentTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_article_gets_a_slug_from_its_title_is_created_as_a_draft_and_opens_in_the_editor()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var title = $"Coping with Grief, Café {Guid.NewGuid():N}"[..40];

        using var response = await PostAsync(editor, "article", title, slug: string.Empty);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = AttachmentGuide.Content.ArticleParser.ProposeSlug(title);
        Assert.StartsWith("coping-with-grief-cafe-", slug, StringComparison.Ordinal);
        Assert.Equal($"/staff/content/edit?path=articles%2F{slug}.md&done=created", response.Headers.Location?.OriginalString);
        var written = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        // The comma makes YAML quote it; it reads back as typed (see the editor below).
        Assert.StartsWith($"---\ntitle: \"{title}\"\n", written, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", written, StringComparison.Ordinal);
        var opened = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(title, EditorForm.Value(opened, "Input.Title"));
        Assert.Contains("Created as a draft", opened.QuerySelector("[data-saved]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_page_is_written_under_pages_with_the_slug_typed()
    {
        using var editor = await EditorForm.SignedInAsync(site);

        using var response = await PostAsync(editor, "page", "Opening hours", slug: "opening-hours");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(site.ContentPath, "pages", "opening-hours.md")));
    }

    [Theory]
    [InlineData("article", StaffTestData.Article, "already taken")]
    [InlineData("page", "about", "already taken")]
    [InlineData("page", "contact", "uses the address /contact itself")]
    [InlineData("page", "staff", "uses the address /staff itself")]
    [InlineData("article", "../site", "only lowercase letters")]
    [InlineData("article", "a/b", "only lowercase letters")]
    [InlineData("article", "/etc/passwd", "only lowercase letters")]
    [InlineData("article", "Upper Case", "only lowercase letters")]
    [InlineData("article", "dots.md", "only lowercase letters")]
    public async Task A_slug_that_is_taken_reserved_or_not_an_address_is_refused_with_the_reason_and_nothing_is_written(string kind, string slug, string reason)
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var before = Directory.EnumerateFiles(site.ContentPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var aboutBefore = await File.ReadAllTextAsync(Path.Combine(site.ContentPath, "pages", "about.md"), Token);

        using var response = await PostAsync(editor, kind, "A title kept in the form", slug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Contains(reason, page.QuerySelector("#Input_Slug-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("A title kept in the form", (page.QuerySelector("#Input_Title") as IHtmlInputElement)!.Value);
        Assert.Equal(slug, (page.QuerySelector("#Input_Slug") as IHtmlInputElement)!.Value);
        Assert.Equal(before, Directory.EnumerateFiles(site.ContentPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(aboutBefore, await File.ReadAllTextAsync(Path.Combine(site.ContentPath, "pages", "about.md"), Token));
    }

    [Fact]
    public async Task A_title_with_nothing_to_make_an_address_of_asks_for_a_slug()
    {
        using var editor = await EditorForm.SignedInAsync(site);

        using var response = await PostAsync(editor, "article", "???", slug: string.Empty);

        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Contains("Type a slug", page.QuerySelector("#Input_Slug-error")!.Text(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(StaffBrowser editor, string kind, string title, string slug)
    {
        var form = await editor.GetDocumentAsync("/staff/content/new?kind=" + kind);
        return await editor.PostAsync("/staff/content/new", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(form)),
            new("Kind", kind),
            new("Input.Title", title),
            new("Input.Slug", slug),
        ]);
    }
}
