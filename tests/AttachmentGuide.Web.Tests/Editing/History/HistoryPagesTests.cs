using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>The history of a file: its versions after saves, one version's text, the diff with the current file, and restoring.</summary>
public sealed class HistoryPagesTests(HistorySiteFactory site) : IClassFixture<HistorySiteFactory>
{
    [Fact]
    public async Task The_history_lists_every_save_newest_first_with_who_and_what_change()
    {
        var slug = HistoryTestContent.NewSlug("listed");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("First words"));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Second words"), actor: "second@clinic.example");
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Third words"), ContentChange.Reviewed, actor: "third@clinic.example");
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        var page = await editor.GetDocumentAsync(HistoryUrl(relative));

        Assert.Equal("History of Third words", page.QuerySelector("h1")!.Text());
        var cards = page.QuerySelectorAll("ol.versions > li").Select(c => c.Text()).ToList();
        Assert.Equal(3, cards.Count);
        Assert.StartsWith("Version 3:", cards[0], StringComparison.Ordinal);
        Assert.Contains("Marked as reviewed", cards[0], StringComparison.Ordinal);
        Assert.Contains("third@clinic.example", cards[0], StringComparison.Ordinal);
        Assert.Contains("second@clinic.example", cards[1], StringComparison.Ordinal);
        Assert.Contains("Created", cards[2], StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("ol.versions > li h3 time"), t => Assert.EndsWith("Z", t.GetAttribute("datetime"), StringComparison.Ordinal));
        Assert.Equal("/guide/" + slug, page.QuerySelector("dl.details a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_version_shows_its_full_text()
    {
        var slug = HistoryTestContent.NewSlug("viewed");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Old title", "A sentence only the first version has & <keeps>."));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("New title"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var history = await editor.GetDocumentAsync(HistoryUrl(relative));

        var version = await editor.GetDocumentAsync(LinkTo(history, "View version 1"));

        Assert.Equal("Version 1 of New title", version.QuerySelector("h1")!.Text());
        Assert.Equal(HistoryTestContent.ArticleText("Old title", "A sentence only the first version has & <keeps>."), version.QuerySelector("pre.version-text")!.TextContent);
    }

    [Fact]
    public async Task Compare_shows_the_removed_and_added_lines_with_text_markers_and_folds_what_is_unchanged()
    {
        var slug = HistoryTestContent.NewSlug("diffed");
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} stays the same."));
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Diffed", body + "\n\nThe old ending."));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Diffed", body + "\n\nA new ending."));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var history = await editor.GetDocumentAsync(HistoryUrl(relative));

        var compare = await editor.GetDocumentAsync(LinkTo(history, "Compare version 1 with the current file"));

        // Told apart by a visible marker and by words a screen reader speaks, not by colour alone.
        var removed = compare.QuerySelectorAll(".diff-line--removed").Select(l => (l.QuerySelector(".diff-marker")!.TextContent, l.QuerySelector("del")!.TextContent)).ToList();
        var added = compare.QuerySelectorAll(".diff-line--added").Select(l => (l.QuerySelector(".diff-marker")!.TextContent, l.QuerySelector("ins")!.TextContent)).ToList();
        Assert.Equal([("−", "Removed: The old ending.")], removed);
        Assert.Equal([("+", "Added: A new ending.")], added);
        Assert.Contains("unchanged lines", compare.QuerySelector(".diff-line--skipped")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(compare.QuerySelectorAll(".diff-line").Select(l => l.Text()), t => t.Contains("Paragraph 2 ", StringComparison.Ordinal));
        Assert.Contains("1 removed, 1 added", compare.QuerySelector("#diff-legend")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_a_version_serves_it_again_keeps_the_replaced_text_in_the_history_and_is_audited()
    {
        var slug = HistoryTestContent.NewSlug("restored");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("The good title"));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("A regretted title"));
        const string email = "restorer@clinic.example";
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor, email);
        var version = await editor.GetDocumentAsync(LinkTo(await editor.GetDocumentAsync(HistoryUrl(relative)), "View version 1"));

        using var restore = await editor.PostFormAsync(version, "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var history = await editor.GetDocumentAsync(restore.Headers.Location!.OriginalString);
        Assert.Contains("Restored", history.QuerySelector(".notice[role=status]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HistoryTestContent.ArticleText("The good title"), HistoryTestContent.Read(site, relative));
        var article = await site.CreatePlainClient().GetDocumentAsync("/guide/" + slug);
        Assert.Equal("The good title", article.QuerySelector("h1")!.Text());
        var versions = await HistoryTestContent.VersionsAsync(site, relative);
        Assert.Equal([ContentChange.Restored, ContentChange.Saved, ContentChange.Created], versions.Select(v => v.Change));
        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == "restored " + relative);
    }

    [Fact]
    public async Task Restoring_after_the_file_changed_is_a_conflict_that_overwrites_nothing()
    {
        var slug = HistoryTestContent.NewSlug("conflict");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Version one"));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Version two"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var version = await editor.GetDocumentAsync(LinkTo(await editor.GetDocumentAsync(HistoryUrl(relative)), "View version 1"));
        // Someone else saves while the version page is open.
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("A colleague's work"), actor: "colleague@clinic.example");

        using var restore = await editor.PostFormAsync(version, "Restore");

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var page = await HtmlHelpers.ParseAsync(restore);
        Assert.Contains("nothing was restored", page.QuerySelector("#error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HistoryTestContent.ArticleText("A colleague's work"), HistoryTestContent.Read(site, relative));
        Assert.DoesNotContain(await HistoryTestContent.VersionsAsync(site, relative), v => v.Change == ContentChange.Restored);
    }

    [Fact]
    public async Task A_version_the_file_already_has_offers_no_restore()
    {
        var slug = HistoryTestContent.NewSlug("same");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Only version"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        var compare = await editor.GetDocumentAsync(LinkTo(await editor.GetDocumentAsync(HistoryUrl(relative)), "Compare version 1 with the current file"));

        Assert.Contains("No differences", compare.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        Assert.Empty(compare.QuerySelectorAll("form[action*='handler=Restore']"));
        Assert.Contains("This version is the current file.", compare.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_outside_the_browser_is_pointed_out_and_kept_before_a_restore_replaces_it()
    {
        var slug = HistoryTestContent.NewSlug("by-hand");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Saved in the browser"));
        var byHand = HistoryTestContent.ArticleText("Changed with a text editor");
        await File.WriteAllTextAsync(Path.Combine(site.ContentPath, relative), byHand, TestContext.Current.CancellationToken);
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        var history = await editor.GetDocumentAsync(HistoryUrl(relative));
        Assert.Contains(history.QuerySelectorAll(".notice"), n => n.Text().Contains("changed it outside the browser", StringComparison.Ordinal));
        var version = await editor.GetDocumentAsync(LinkTo(history, "View version 1"));
        using (await editor.PostFormAsync(version, "Restore"))
        {
        }

        var versions = await HistoryTestContent.VersionsAsync(site, relative);
        Assert.Equal([ContentChange.Restored, ContentChange.FromDisk, ContentChange.Created], versions.Select(v => v.Change));
        var kept = await editor.GetDocumentAsync(LinkTo(await editor.GetDocumentAsync(HistoryUrl(relative)), "View version 2"));
        Assert.Equal(byHand, kept.QuerySelector("pre.version-text")!.TextContent);
    }

    [Fact]
    public async Task The_history_of_a_deleted_file_says_so_and_still_offers_its_versions()
    {
        var slug = HistoryTestContent.NewSlug("history-gone");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Gone but kept"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var confirm = await editor.GetDocumentAsync("/staff/content/delete?path=" + Uri.EscapeDataString(relative));
        using (await editor.PostFormFoundAsync(confirm, "main form.contact-form", "/staff/content/delete?path=" + Uri.EscapeDataString(relative)))
        {
        }

        var history = await editor.GetDocumentAsync(HistoryUrl(relative));

        Assert.Equal("History of Gone but kept", history.QuerySelector("h1")!.Text());
        Assert.Contains(history.QuerySelectorAll(".notice"), n => n.Text().Contains("This file is deleted", StringComparison.Ordinal));
        Assert.Empty(history.QuerySelectorAll("a[href^='/staff/content/rename']"));
        var version = await editor.GetDocumentAsync(LinkTo(history, "View version 1"));
        Assert.Contains("creates it again", version.QuerySelector("form[action*='handler=Restore']")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("articles/../../etc/passwd.md")]
    [InlineData("/etc/passwd")]
    [InlineData("articles/.hidden.md")]
    [InlineData("images/photo.jpg")]
    [InlineData("articles/no-such-file-here.md")]
    public async Task A_path_outside_the_articles_and_pages_or_with_no_file_is_answered_in_words_with_404(string path)
    {
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        foreach (var page in new[] { "/staff/content/history", "/staff/content/rename", "/staff/content/delete" })
        {
            using var response = await editor.GetAsync(page + "?path=" + Uri.EscapeDataString(path));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var document = await HtmlHelpers.ParseAsync(response);
            Assert.Equal("That file cannot be opened", document.QuerySelector("h1")!.Text());
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("main h1 + p")?.Text()));
        }
    }

    [Fact]
    public async Task An_unknown_version_is_answered_in_words_with_404()
    {
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);

        using var response = await editor.GetAsync("/staff/content/history/compare?id=987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no such version", (await HtmlHelpers.ParseAsync(response)).QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    private static string HistoryUrl(string relative) => "/staff/content/history?path=" + Uri.EscapeDataString(relative);

    /// <summary>The address of the link whose accessible text (visible and visually hidden) is <paramref name="name"/>.</summary>
    private static string LinkTo(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("main a[href]").Single(a => a.Text() == name).GetAttribute("href")!;
}
