using System.Net;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>Renaming an article or page: the new address serves it, the old one answers 301, and a bad address is refused with what was typed kept.</summary>
public sealed class RenameTests(HistorySiteFactory site) : IClassFixture<HistorySiteFactory>
{
    [Fact]
    public async Task A_renamed_article_is_served_at_its_new_address_and_the_old_one_answers_301_to_it()
    {
        var oldSlug = HistoryTestContent.NewSlug("before");
        var newSlug = HistoryTestContent.NewSlug("after");
        var relative = await HistoryTestContent.CreateAsync(site, oldSlug, HistoryTestContent.ArticleText("Moving house", extraFrontMatter: "tags: [moving] # the topic\n"));
        const string email = "renamer@clinic.example";
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor, email);

        using var rename = await RenameAsync(editor, relative, newSlug);

        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        var newRelative = $"articles/{newSlug}.md";
        Assert.False(File.Exists(Path.Combine(site.ContentPath, relative)));
        Assert.Equal(
            $"---\ntitle: Moving house\nsummary: A short summary of Moving house.\ntags: [moving] # the topic\naliases: [{oldSlug}]\n---\n\nSome calm words about this.\n",
            HistoryTestContent.Read(site, newRelative));
        using var client = site.CreatePlainClient();
        var article = await client.GetDocumentAsync("/guide/" + newSlug);
        Assert.Equal("Moving house", article.QuerySelector("h1")!.Text());
        using var old = await client.GetAsync(new Uri("/guide/" + oldSlug, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/guide/" + newSlug, old.Headers.Location?.OriginalString);
        var history = await editor.GetDocumentAsync(rename.Headers.Location!.OriginalString);
        Assert.Contains($"its old address /guide/{oldSlug} sends readers there", history.QuerySelector(".notice[role=status]")!.Text(), StringComparison.Ordinal);
        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == $"renamed {relative} -> {newRelative}");
    }

    [Fact]
    public async Task The_history_follows_the_file_to_its_new_name()
    {
        var oldSlug = HistoryTestContent.NewSlug("oldname");
        var newSlug = HistoryTestContent.NewSlug("newname");
        var relative = await HistoryTestContent.CreateAsync(site, oldSlug, HistoryTestContent.ArticleText("Followed"));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Followed, saved"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        using var rename = await RenameAsync(editor, relative, newSlug);

        var versions = await HistoryTestContent.VersionsAsync(site, $"articles/{newSlug}.md");
        Assert.Equal([ContentChange.Renamed, ContentChange.Saved, ContentChange.Created], versions.Select(v => v.Change));
        Assert.Equal([newSlug, oldSlug, oldSlug], versions.Select(v => v.Slug));
        Assert.Empty(await HistoryTestContent.VersionsAsync(site, relative));
        var history = await editor.GetDocumentAsync(rename.Headers.Location!.OriginalString);
        var older = history.QuerySelectorAll("ol.versions > li")[1];
        var terms = older.QuerySelectorAll("dt");
        Assert.Equal("Name then", terms[terms.Length - 1].Text());
        Assert.Equal(oldSlug, older.QuerySelector("dd code")!.TextContent);
        Assert.Null(history.QuerySelectorAll("ol.versions > li")[0].QuerySelector("dd code"));
    }

    [Fact]
    public async Task Restoring_a_version_from_before_a_rename_keeps_the_new_name_and_the_old_address()
    {
        var oldSlug = HistoryTestContent.NewSlug("first");
        var newSlug = HistoryTestContent.NewSlug("second");
        var relative = await HistoryTestContent.CreateAsync(site, oldSlug, HistoryTestContent.ArticleText("Before the move"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        using (await RenameAsync(editor, relative, newSlug))
        {
        }

        var newRelative = $"articles/{newSlug}.md";
        await HistoryTestContent.SaveAsync(site, newRelative, HistoryTestContent.ArticleText("After the move", extraFrontMatter: $"aliases: [{oldSlug}]\n"));
        var first = (await HistoryTestContent.VersionsAsync(site, newRelative))[^1];
        var version = await editor.GetDocumentAsync("/staff/content/history/version?id=" + first.Id);
        using var restore = await editor.PostFormAsync(version, "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains($"aliases: [{oldSlug}]", HistoryTestContent.Read(site, newRelative), StringComparison.Ordinal);
        Assert.Contains("title: Before the move", HistoryTestContent.Read(site, newRelative), StringComparison.Ordinal);
        using var client = site.CreatePlainClient();
        using var old = await client.GetAsync(new Uri("/guide/" + oldSlug, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("/guide/" + newSlug, old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Renaming_back_to_an_earlier_name_serves_it_there_again_and_the_later_name_redirects()
    {
        var first = HistoryTestContent.NewSlug("there");
        var second = HistoryTestContent.NewSlug("back");
        var relative = await HistoryTestContent.CreateAsync(site, first, HistoryTestContent.ArticleText("There and back"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        using (await RenameAsync(editor, relative, second))
        {
        }

        using var back = await RenameAsync(editor, $"articles/{second}.md", first);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains($"aliases: [{second}]\n", HistoryTestContent.Read(site, relative), StringComparison.Ordinal);
        using var client = site.CreatePlainClient();
        Assert.Equal("There and back", (await client.GetDocumentAsync("/guide/" + first)).QuerySelector("h1")!.Text());
        using var later = await client.GetAsync(new Uri("/guide/" + second, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("/guide/" + first, later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_renamed_page_answers_at_its_new_address_and_its_old_one_answers_301()
    {
        var oldSlug = HistoryTestContent.NewSlug("our-rooms");
        var newSlug = HistoryTestContent.NewSlug("the-rooms");
        var relative = await HistoryTestContent.CreateAsync(site, oldSlug, HistoryTestContent.ArticleText("Our rooms"), ContentKind.Page);
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Admin);

        using var rename = await RenameAsync(editor, relative, newSlug);

        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        using var client = site.CreatePlainClient();
        Assert.Equal("Our rooms", (await client.GetDocumentAsync("/" + newSlug)).QuerySelector("h1")!.Text());
        using var old = await client.GetAsync(new Uri("/" + oldSlug, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/" + newSlug, old.Headers.Location?.OriginalString);
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "article", "Two Words", "cannot be a web address" },
        { "article", "../../site", "cannot be a web address" },
        { "article", "articles/elsewhere", "cannot be a web address" },
        { "article", "/etc/passwd", "cannot be a web address" },
        { "article", "", "Enter the new address" },
        { "article", StaffTestData.Article, "is taken" },
        { "article", "{self}", "already its address" },
        { "page", "contact", "an address the site uses itself" },
        { "page", "staff", "an address the site uses itself" },
        { "page", "about", "is taken" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_new_address_is_refused_beside_the_field_with_what_was_typed_kept_and_nothing_moved(string kind, string typed, string message)
    {
        var slug = HistoryTestContent.NewSlug("stays");
        var text = HistoryTestContent.ArticleText("Stays put");
        var relative = await HistoryTestContent.CreateAsync(site, slug, text, kind == "page" ? ContentKind.Page : ContentKind.Article);
        typed = typed.Replace("{self}", slug, StringComparison.Ordinal);
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var filesBefore = Directory.GetFiles(site.ContentPath, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        using var response = await RenameAsync(editor, relative, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#slug-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("#slug", page.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#slug")!.GetAttribute("aria-invalid"));
        Assert.Equal(typed, page.QuerySelector("#slug")!.GetAttribute("value"));
        Assert.Equal(text, HistoryTestContent.Read(site, relative));
        Assert.Equal(filesBefore, Directory.GetFiles(site.ContentPath, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rename_after_the_file_changed_is_refused_and_the_form_then_carries_the_file_as_it_is()
    {
        var slug = HistoryTestContent.NewSlug("changing");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Changing"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var form = await editor.GetDocumentAsync(RenameUrl(relative));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Changed meanwhile"));
        var newSlug = HistoryTestContent.NewSlug("changed");

        using var refused = await editor.PostFormFoundAsync(form, "main form.contact-form", RenameUrl(relative), ("slug", newSlug));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlHelpers.ParseAsync(refused);
        Assert.Contains("it was not renamed", page.QuerySelector("#error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(newSlug, page.QuerySelector("#slug")!.GetAttribute("value"));
        Assert.True(File.Exists(Path.Combine(site.ContentPath, relative)));
        Assert.False(File.Exists(Path.Combine(site.Articles, newSlug + ".md")));

        using var again = await editor.PostFormFoundAsync(page, "main form.contact-form", RenameUrl(relative), ("slug", newSlug));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("title: Changed meanwhile", HistoryTestContent.Read(site, $"articles/{newSlug}.md"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RenameAsync(StaffBrowser editor, string relative, string newSlug)
    {
        var form = await editor.GetDocumentAsync(RenameUrl(relative));
        return await editor.PostFormFoundAsync(form, "main form.contact-form", RenameUrl(relative), ("slug", newSlug));
    }

    private static string RenameUrl(string relative) => "/staff/content/rename?path=" + Uri.EscapeDataString(relative);
}
