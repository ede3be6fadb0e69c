using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>Saving from the edit page: served at once, kept in the history, audited; and every way a save is refused loses nothing.</summary>
public sealed class EditorSaveTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_is_served_on_the_public_page_at_once_kept_in_the_history_and_audited()
    {
        var slug = NewArticle("Before the browser edit");
        var email = $"saver-{Guid.NewGuid():N}@clinic.example";
        using var editor = await EditorForm.SignedInAsync(site, email);
        var visitor = site.CreatePlainClient();
        Assert.Equal("Before the browser edit", (await visitor.GetDocumentAsync("/guide/" + slug)).QuerySelector("h1")!.Text());
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        Assert.Equal("Before the browser edit", EditorForm.Value(page, "Input.Title"));

        var after = await EditorForm.SaveAndFollowAsync(editor, page, ("Input.Title", "After the browser edit"), ("Body", "## A section\n\nNew words typed in the browser.\n"));

        Assert.Contains("Saved.", after.QuerySelector("[data-saved]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("/guide/" + slug, after.QuerySelector("[data-saved] a")!.GetAttribute("href"));
        var served = await visitor.GetDocumentAsync("/guide/" + slug);
        Assert.Equal("After the browser edit", served.QuerySelector("h1")!.Text());
        Assert.Contains("New words typed in the browser.", served.QuerySelector("article")!.Text(), StringComparison.Ordinal);
        var onDisk = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        Assert.StartsWith("---\ntitle: After the browser edit\n", onDisk, StringComparison.Ordinal);
        Assert.Contains("\n---\n\n## A section\n", onDisk, StringComparison.Ordinal);
        using (var scope = site.Services.CreateScope())
        {
            var versions = await scope.ServiceProvider.GetRequiredService<SiteDbContext>().ContentVersions.AsNoTracking()
                .Where(v => v.RelativePath == $"articles/{slug}.md").OrderBy(v => v.Id).ToListAsync(Token);
            Assert.Equal([ContentChange.FromDisk, ContentChange.Saved], versions.Select(v => v.Change));
            Assert.Equal(onDisk, versions[^1].Text);
            Assert.Equal(email, versions[^1].SavedBy);
        }

        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == $"saved articles/{slug}.md");
        // The form now carries the new file's hash, so a second save is not a conflict.
        var again = await EditorForm.SaveAndFollowAsync(editor, after, ("Input.Subtitle", "A second save"));
        Assert.Equal("A second save", EditorForm.Value(again, "Input.Subtitle"));
    }

    [Fact]
    public async Task A_file_changed_on_disk_after_opening_gives_the_conflict_view_with_both_versions_and_overwrites_nothing()
    {
        var slug = NewArticle("Opened by the editor");
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        var theirs = Text("Changed by git pull", "Their words.");
        await File.WriteAllTextAsync(site.ArticlePath(slug), theirs, Token);

        using var response = await EditorForm.PostAsync(editor, page, "Save", ("Input.Title", "Typed in the browser"), ("Body", "## Mine\n\nMy words, typed meanwhile.\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = await HtmlHelpers.ParseAsync(response);
        Assert.NotNull(conflict.QuerySelector("#conflict"));
        Assert.Contains("My words, typed meanwhile.", conflict.QuerySelector(".conflict-text--mine")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(theirs, conflict.QuerySelector(".conflict-text--theirs")!.TextContent);
        Assert.Equal("Typed in the browser", EditorForm.Value(conflict, "Input.Title"));
        Assert.Contains("My words, typed meanwhile.", EditorForm.Value(conflict, "Body"), StringComparison.Ordinal);
        Assert.Equal(theirs, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
        Assert.Equal($"/staff/content/edit?path=articles%2F{slug}.md", conflict.QuerySelector(".conflict-choices a")!.GetAttribute("href"));

        // "Keep mine" saves over the version the person has now seen, explicitly.
        using var keep = await EditorForm.PostAsync(editor, conflict, "KeepMine");
        Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
        Assert.StartsWith("---\ntitle: Typed in the browser\n", await File.ReadAllTextAsync(site.ArticlePath(slug), Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_opened_version_at_once_one_is_saved_and_the_other_gets_the_conflict_view()
    {
        var slug = NewArticle("Opened by two editors");
        using var first = await EditorForm.SignedInAsync(site);
        using var second = await EditorForm.SignedInAsync(site);
        var firstPage = await first.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        var secondPage = await second.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));

        var saves = await Task.WhenAll(
            EditorForm.PostAsync(first, firstPage, "Save", ("Input.Title", "The first editor's title")),
            EditorForm.PostAsync(second, secondPage, "Save", ("Input.Title", "The second editor's title")));

        try
        {
            Assert.Single(saves, r => r.StatusCode == HttpStatusCode.Redirect);
            var lost = Assert.Single(saves, r => r.StatusCode == HttpStatusCode.OK);
            var conflict = await HtmlHelpers.ParseAsync(lost);
            Assert.NotNull(conflict.QuerySelector("#conflict"));
            var winner = saves[0].StatusCode == HttpStatusCode.Redirect ? "The first editor's title" : "The second editor's title";
            Assert.StartsWith($"---\ntitle: {winner}\n", await File.ReadAllTextAsync(site.ArticlePath(slug), Token), StringComparison.Ordinal);
            Assert.Contains($"title: {winner}", conflict.QuerySelector(".conflict-text--theirs")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var save in saves)
            {
                save.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_text_with_errors_can_be_saved_only_as_a_draft()
    {
        var slug = NewArticle("Published and fine");
        var before = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));

        // No title is an error: the article would leave the site.
        using var refused = await EditorForm.PostAsync(editor, page, "Save", ("Input.Title", string.Empty), ("Body", "## Kept\n\nWords to keep.\n"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await HtmlHelpers.ParseAsync(refused);
        Assert.Contains("can be saved only as a draft", shown.QuerySelector("#only-as-draft")!.Text(), StringComparison.Ordinal);
        Assert.Contains(shown.QuerySelectorAll(".diagnostic--error"), d => d.Text().Contains("missing 'title'", StringComparison.Ordinal));
        Assert.Contains("Words to keep.", EditorForm.Value(shown, "Body"), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));

        using var asDraft = await EditorForm.PostAsync(editor, shown, "SaveDraft");
        Assert.Equal(HttpStatusCode.Redirect, asDraft.StatusCode);
        var written = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        Assert.Contains("\ndraft: true\n", written, StringComparison.Ordinal);
        Assert.Contains("Words to keep.", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_200_KB_is_a_field_error_and_nothing_is_written()
    {
        var slug = NewArticle("Not to be flooded");
        var before = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        var huge = "## Long\n\n" + new string('a', ContentTextRules.MaxBytes + 10);

        using var response = await EditorForm.PostAsync(editor, page, "Save", ("Body", huge), ("Input.Title", "Typed title kept"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await HtmlHelpers.ParseAsync(response);
        Assert.Contains("longer than 200 KB", shown.QuerySelector("#Body-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("true", shown.QuerySelector("#Body")!.GetAttribute("aria-invalid"));
        Assert.Equal("Typed title kept", EditorForm.Value(shown, "Input.Title"));
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
    }

    [Fact]
    public async Task A_NUL_in_the_text_is_refused_with_a_field_error_and_nothing_is_written()
    {
        var slug = NewArticle("No NULs here");
        var before = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));

        using var response = await EditorForm.PostAsync(editor, page, "Save", ("Body", "## Part\n\nA pasted\0binary."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await HtmlHelpers.ParseAsync(response);
        Assert.Contains("NUL", shown.QuerySelector("#Body-error")!.Text(), StringComparison.Ordinal);
        Assert.Contains("A pastedbinary.", EditorForm.Value(shown, "Body"), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));

        using var escape = await EditorForm.PostAsync(editor, page, "Save", ("Body", "## Part\n\nAn escape \u001b[31m code."));
        Assert.Contains("control character", (await HtmlHelpers.ParseAsync(escape)).QuerySelector("#Body-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
    }

    [Theory]
    [InlineData("../site.yml")]
    [InlineData("articles/../../site.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("articles/../site.yml")]
    [InlineData("images/photo.md")]
    [InlineData("articles/.hidden.md")]
    public async Task A_path_outside_articles_or_pages_is_refused_in_the_query_and_in_the_form_and_nothing_is_written(string path)
    {
        var siteYml = Path.Combine(site.ContentPath, "site.yml");
        var before = await File.ReadAllTextAsync(siteYml, Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));

        using var opened = await editor.GetAsync(EditorForm.EditPath(path));
        using var posted = await EditorForm.PostAsync(editor, page, "Save", ("path", path), ("Body", "name: Taken over\n"));

        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        // The form's path wins over the query's: a hidden field changed by hand is refused as well.
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(siteYml, Token));
        Assert.False(File.Exists(Path.Combine(site.ContentPath, "images", "photo.md")));
    }

    [Fact]
    public async Task A_missing_file_answers_404()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        using var response = await editor.GetAsync(EditorForm.EditPath("articles/no-such-file.md"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Mark_as_reviewed_sets_today_in_the_clinic_time_zone_and_the_review_due_a_year_on_and_is_recorded()
    {
        var slug = NewArticle("Due for review");
        // 23:30 UTC on 15 July is already 16 July in London (UTC+1 in summer). The clock only moves on, so the
        // account signs in after it has moved.
        var at = new DateTimeOffset(2026, 7, 15, 23, 30, 0, TimeSpan.Zero);
        if (site.Time.GetUtcNow() < at)
        {
            site.Time.SetUtcNow(at);
        }

        var email = $"reviewer-{Guid.NewGuid():N}@clinic.example";
        using var editor = await EditorForm.SignedInAsync(site, email);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));

        using var response = await EditorForm.PostAsync(editor, page, "Review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/content/edit", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var written = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        Assert.Contains("\nreviewed: 2026-07-16\n", written, StringComparison.Ordinal);
        Assert.Contains("\nreview_due: 2027-07-16\n", written, StringComparison.Ordinal);
        var after = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Marked as reviewed", after.QuerySelector("[data-saved]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("2026-07-16", EditorForm.Value(after, "Input.Reviewed"));
        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.ContentSave && a.Detail == $"reviewed articles/{slug}.md");
        using (var scope = site.Services.CreateScope())
        {
            var latest = await scope.ServiceProvider.GetRequiredService<ContentHistory>().LatestAsync($"articles/{slug}.md", Token);
            Assert.Equal(ContentChange.Reviewed, latest?.Change);
        }
    }

    [Fact]
    public async Task A_field_that_does_not_read_is_shown_beside_the_field_and_nothing_is_written()
    {
        var slug = NewArticle("Ordered badly");
        var before = await File.ReadAllTextAsync(site.ArticlePath(slug), Token);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));

        using var response = await EditorForm.PostAsync(editor, page, "Save", ("Input.Order", "first"), ("Input.ReviewDue", "31/01/2027"));

        var shown = await HtmlHelpers.ParseAsync(response);
        Assert.Contains("whole number", shown.QuerySelector("#Input_Order-error")!.Text(), StringComparison.Ordinal);
        Assert.Contains("date like", shown.QuerySelector("#Input_ReviewDue-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("first", EditorForm.Value(shown, "Input.Order"));
        Assert.Equal("#Input_Order", shown.QuerySelector("#error-summary a[href='#Input_Order']")?.GetAttribute("href"));
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
    }

    private static string Text(string title, string words) =>
        $"---\ntitle: {title}\nsummary: An article the editing tests change.\n---\n\n## Part\n\n{words}\n";

    /// <summary>A published article of this test's own, on disk and served.</summary>
    private string NewArticle(string title)
    {
        var slug = "edited-" + Guid.NewGuid().ToString("N")[..10];
        File.WriteAllText(site.ArticlePath(slug), Text(title, "Words written by hand."));
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        return slug;
    }
}
