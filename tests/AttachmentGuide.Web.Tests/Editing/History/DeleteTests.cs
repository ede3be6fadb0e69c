using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>Deleting asks first, removes the file from the site, keeps it in the deleted list, and restoring serves it again.</summary>
public sealed class DeleteTests(HistorySiteFactory site) : IClassFixture<HistorySiteFactory>
{
    [Fact]
    public async Task A_deleted_article_is_404_listed_as_deleted_and_served_again_once_restored()
    {
        var slug = HistoryTestContent.NewSlug("leaving");
        var text = HistoryTestContent.ArticleText("Leaving for a while");
        var relative = await HistoryTestContent.CreateAsync(site, slug, text);
        const string email = "deleter@clinic.example";
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor, email);
        using var client = site.CreatePlainClient();

        var confirm = await editor.GetDocumentAsync(DeleteUrl(relative));
        Assert.Equal("Delete Leaving for a while?", confirm.QuerySelector("h1")!.Text());
        Assert.True(File.Exists(Path.Combine(site.ContentPath, relative)), "Opening the confirmation deleted the file");
        using var delete = await editor.PostFormFoundAsync(confirm, "main form.contact-form", DeleteUrl(relative));

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(File.Exists(Path.Combine(site.ContentPath, relative)));
        using (var gone = await client.GetAsync(new Uri("/guide/" + slug, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var deleted = await editor.GetDocumentAsync(delete.Headers.Location!.OriginalString);
        Assert.Contains("is deleted", deleted.QuerySelector(".notice[role=status]")!.Text(), StringComparison.Ordinal);
        var card = CardFor(deleted, relative);
        Assert.Contains("Leaving for a while", card.Text(), StringComparison.Ordinal);
        Assert.Contains(email, card.Text(), StringComparison.Ordinal);

        using var restore = await editor.PostFormFoundAsync(deleted, FormFor(deleted, relative), "/staff/content/deleted");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(text, HistoryTestContent.Read(site, relative));
        Assert.Equal("Leaving for a while", (await client.GetDocumentAsync("/guide/" + slug)).QuerySelector("h1")!.Text());
        var after = await editor.GetDocumentAsync(restore.Headers.Location!.OriginalString);
        Assert.Contains("served again at /guide/" + slug, after.QuerySelector(".notice[role=status]")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(after.QuerySelectorAll("ul.cards code"), c => c.TextContent == relative);
        var audit = await StaffTestData.AuditAsync(site);
        Assert.Contains(audit, a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == "deleted " + relative);
        Assert.Contains(audit, a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == "restored " + relative);
        Assert.Equal([ContentChange.Restored, ContentChange.Deleted, ContentChange.Created], (await HistoryTestContent.VersionsAsync(site, relative)).Select(v => v.Change));
    }

    [Fact]
    public async Task Restoring_a_deleted_file_is_refused_when_a_file_of_that_name_exists_again()
    {
        var slug = HistoryTestContent.NewSlug("reborn");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("The deleted one"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var confirm = await editor.GetDocumentAsync(DeleteUrl(relative));
        using (await editor.PostFormFoundAsync(confirm, "main form.contact-form", DeleteUrl(relative)))
        {
        }

        var deleted = await editor.GetDocumentAsync("/staff/content/deleted");
        // Someone writes a new file of that name by hand (or with git) while the list is open.
        var newText = HistoryTestContent.ArticleText("A new one by hand");
        await File.WriteAllTextAsync(Path.Combine(site.ContentPath, relative), newText, TestContext.Current.CancellationToken);

        using var restore = await editor.PostFormFoundAsync(deleted, FormFor(deleted, relative), "/staff/content/deleted");

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var page = await HtmlHelpers.ParseAsync(restore);
        Assert.Contains($"A file named {relative} exists again", page.QuerySelector("#error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(newText, HistoryTestContent.Read(site, relative));
    }

    [Fact]
    public async Task Deleting_after_the_file_changed_is_refused_and_nothing_is_deleted()
    {
        var slug = HistoryTestContent.NewSlug("kept");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Kept"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var confirm = await editor.GetDocumentAsync(DeleteUrl(relative));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Kept, and improved meanwhile"));

        using var delete = await editor.PostFormFoundAsync(confirm, "main form.contact-form", DeleteUrl(relative));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("nothing was deleted", (await HtmlHelpers.ParseAsync(delete)).QuerySelector("#error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HistoryTestContent.ArticleText("Kept, and improved meanwhile"), HistoryTestContent.Read(site, relative));
        Assert.DoesNotContain(await HistoryTestContent.VersionsAsync(site, relative), v => v.Change == ContentChange.Deleted);
    }

    [Fact]
    public async Task A_deleted_page_is_404_and_comes_back_when_restored()
    {
        var slug = HistoryTestContent.NewSlug("opening-hours");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Opening hours"), ContentKind.Page);
        using var admin = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Admin);
        using var client = site.CreatePlainClient();

        var confirm = await admin.GetDocumentAsync(DeleteUrl(relative));
        using (await admin.PostFormFoundAsync(confirm, "main form.contact-form", DeleteUrl(relative)))
        {
        }

        using (var gone = await client.GetAsync(new Uri("/" + slug, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var deleted = await admin.GetDocumentAsync("/staff/content/deleted");
        using (await admin.PostFormFoundAsync(deleted, FormFor(deleted, relative), "/staff/content/deleted"))
        {
        }

        Assert.Equal("Opening hours", (await client.GetDocumentAsync("/" + slug)).QuerySelector("h1")!.Text());
    }

    private static string DeleteUrl(string relative) => "/staff/content/delete?path=" + Uri.EscapeDataString(relative);

    private static AngleSharp.Dom.IElement CardFor(IHtmlDocument deleted, string relative) =>
        deleted.QuerySelectorAll("ul.cards > li").Single(li => li.QuerySelectorAll("code").Any(c => c.TextContent == relative));

    /// <summary>A selector for the restore form in the card of <paramref name="relative"/> (its version id input).</summary>
    private static string FormFor(IHtmlDocument deleted, string relative) =>
        $"input[name=versionId][value='{CardFor(deleted, relative).QuerySelector("input[name=versionId]")!.GetAttribute("value")}']";
}
