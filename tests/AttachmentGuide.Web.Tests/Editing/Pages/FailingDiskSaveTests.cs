using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>
/// A disk that fails under a save (full, or not writable): a clear message on the page and in the log, what was typed
/// kept in the form, the old file intact and served, and no history entry claiming a save.
/// </summary>
public sealed class FailingDiskSaveTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_on_a_full_disk_says_so_keeps_the_text_and_leaves_the_old_file_served()
    {
        var slug = "full-disk-" + Guid.NewGuid().ToString("N")[..10];
        var relative = $"articles/{slug}.md";
        var before = "---\ntitle: Before the disk filled\nsummary: An article the full-disk test tries to change.\n---\n\n## Part\n\nWords written by hand.\n";
        await File.WriteAllTextAsync(site.ArticlePath(slug), before, Token);
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(relative));
        const string typedBody = "## Part\n\nSecret-ish words typed as the disk filled.\n";

        HttpResponseMessage response;
        site.Disk.Fault = FailingDisk.Full(site.ArticlePath(slug));
        try
        {
            response = await EditorForm.PostAsync(editor, page, "Save", ("Input.Title", "Typed as the disk filled"), ("Body", typedBody));
        }
        finally
        {
            site.Disk.Fault = null;
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var shown = await HtmlHelpers.ParseAsync(response);
            var failure = shown.QuerySelector("#save-failed")!.Text();
            Assert.Contains("The server's disk is full, so nothing was saved and the file is as it was.", failure, StringComparison.Ordinal);
            Assert.Contains("free some space", failure, StringComparison.Ordinal);
            Assert.Equal("Typed as the disk filled", EditorForm.Value(shown, "Input.Title"));
            Assert.Equal(typedBody, EditorForm.Value(shown, "Body"));
        }

        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
        var served = await site.CreatePlainClient().GetDocumentAsync("/guide/" + slug);
        Assert.Equal("Before the disk filled", served.QuerySelector("h1")!.Text());
        using (var scope = site.Services.CreateScope())
        {
            var changes = await scope.ServiceProvider.GetRequiredService<SiteDbContext>().ContentVersions.AsNoTracking()
                .Where(v => v.RelativePath == relative).Select(v => v.Change).ToListAsync(Token);
            Assert.DoesNotContain(ContentChange.Saved, changes);
        }

        var failed = site.Logs.Events.Where(e => WriteFailedFor(e, relative)).ToList();
        Assert.Single(failed);
        Assert.Contains("No space left on device", LogCapture.Render(failed[0]), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Logs.Events, e => LogCapture.Render(e).Contains("Secret-ish words", StringComparison.Ordinal) || LogCapture.Render(e).Contains("Typed as the disk filled", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("full")]
    [InlineData("read-only")]
    public async Task A_new_article_on_a_disk_that_fails_says_so_keeps_the_title_and_creates_nothing(string disk)
    {
        var slug = "failing-new-" + Guid.NewGuid().ToString("N")[..8];
        using var editor = await EditorForm.SignedInAsync(site);
        var form = await editor.GetDocumentAsync("/staff/content/new?kind=article");

        HttpResponseMessage response;
        site.Disk.Fault = disk == "full" ? FailingDisk.Full(site.ArticlePath(slug)) : new UnauthorizedAccessException($"Access to the path '{site.ArticlePath(slug)}' is denied.");
        try
        {
            response = await editor.PostAsync("/staff/content/new", [
                new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(form)),
                new("Kind", "article"),
                new("Input.Title", "Started on a failing disk"),
                new("Input.Slug", slug),
            ]);
        }
        finally
        {
            site.Disk.Fault = null;
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var shown = await HtmlHelpers.ParseAsync(response);
            var expected = disk == "full" ? "The server's disk is full, so nothing was saved" : "The site may not write in the content folder, so nothing was saved";
            Assert.Contains(expected, shown.QuerySelector("#Input_Slug-error")!.Text(), StringComparison.Ordinal);
            Assert.Equal("Started on a failing disk", shown.QuerySelector("#Input_Title")!.GetAttribute("value"));
            Assert.Equal(slug, shown.QuerySelector("#Input_Slug")!.GetAttribute("value"));
        }

        Assert.False(File.Exists(site.ArticlePath(slug)));
        Assert.Contains(site.Logs.Events, e => WriteFailedFor(e, $"articles/{slug}.md"));
    }

    /// <summary>The editor's error line for a write that failed on <paramref name="relative"/>.</summary>
    private static bool WriteFailedFor(LogEvent e, string relative) =>
        e.Level == LogEventLevel.Error
        && e.MessageTemplate.Text.Contains("could not be written", StringComparison.Ordinal)
        && e.Properties.TryGetValue("RelativePath", out var path) && path is ScalarValue { Value: string written } && written == relative;
}
