using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

public sealed class ContentLoaderTests
{
    private static readonly ContentLoadOptions Published = new(IncludeDrafts: false, TestContent.Today);

    private static ContentLoadResult Load(TempContentFolder folder, ContentLibrary? previous = null, ContentLoadOptions? options = null) =>
        TestContent.Loader().Load(folder.Root, options ?? Published, previous);

    [Fact]
    public void Real_content_folder_loads_without_errors_and_serves_the_seed_article()
    {
        var result = TestContent.Loader().Load(Path.Combine(TestContent.RepositoryRoot(), "content"), Published);

        Assert.Equal(0, result.ErrorCount);
        Assert.True(result.Library.TryGet("what-causes-attachment-trauma", out _));
        Assert.True(result.Library.TryGetPage("privacy", out _));
        Assert.Equal("Attachment Guide", result.Library.Site.Name);
        Assert.NotEmpty(result.Library.Site.CrisisLines);
    }

    [Fact]
    public void Articles_are_ordered_by_order_then_title()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/c.md", TempContentFolder.Article("Charlie", extra: "order: 1\n"));
        folder.Write("articles/b.md", TempContentFolder.Article("Bravo"));
        folder.Write("articles/a.md", TempContentFolder.Article("Alpha"));

        var library = Load(folder).Library;

        Assert.Equal(["Charlie", "Alpha", "Bravo"], library.All.Select(a => a.Title));
    }

    [Fact]
    public void Lookup_by_tag_returns_the_tagged_articles()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", TempContentFolder.Article("Alpha", extra: "tags: [sleep, grief]\n"));
        folder.Write("articles/b.md", TempContentFolder.Article("Bravo", extra: "tags: [grief]\n"));

        var library = Load(folder).Library;

        Assert.Equal(["Alpha", "Bravo"], library.ByTag("grief").Select(a => a.Title));
        Assert.Equal(["Alpha"], library.ByTag("sleep").Select(a => a.Title));
        Assert.Equal(["grief", "sleep"], library.Tags);
    }

    [Fact]
    public void A_hidden_draft_rewrite_with_a_published_articles_slug_never_takes_its_address()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/living.md", TempContentFolder.Article("Live version"));

        // Sorts first by path, as a rewrite often would.
        folder.Write("articles/a-rewrite.md", TempContentFolder.Article("Rewrite in progress", extra: "slug: living\ndraft: true\n"));

        var result = Load(folder);

        Assert.True(result.Library.TryGet("living", out var served));
        Assert.Equal("Live version", served!.Title);
        Assert.Equal(0, result.ErrorCount);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
    }

    [Fact]
    public void A_previewed_draft_with_a_published_articles_slug_is_a_warning_and_the_published_one_is_served()
    {
        using var folder = new TempContentFolder();
        var live = folder.Write("articles/living.md", TempContentFolder.Article("Live version"));
        var draft = folder.Write("articles/a-rewrite.md", TempContentFolder.Article("Rewrite in progress", extra: "slug: living\ndraft: true\n"));

        var result = Load(folder, options: Published with { IncludeDrafts = true });

        Assert.True(result.Library.TryGet("living", out var served));
        Assert.Equal("Live version", served!.Title);
        Assert.Equal(0, result.ErrorCount);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftSharesSlug);
        Assert.Equal(draft, warning.FilePath);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(live, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reload_with_broken_site_yml_keeps_the_last_good_settings()
    {
        using var folder = new TempContentFolder();
        folder.Write("site.yml", "name: Clinic Guide\ntagline: Calm words\nclinic_phone: \"01234 567890\"\ncrisis_text: Call if in danger.\ncrisis_lines:\n  - label: Emergency\n    number: \"999\"\n");
        folder.Write("articles/a.md", TempContentFolder.Article("Alpha"));
        var first = Load(folder);
        Assert.Equal("01234 567890", first.Library.Site.ClinicPhone);

        folder.Write("site.yml", "name: Clinic Guide\ntagline: a value: with an unquoted colon\n");
        var reloaded = Load(folder, previous: first.Library);

        Assert.Contains(reloaded.Diagnostics, d => d.Code == DiagnosticCodes.SiteSyntax);
        Assert.Same(first.Library.Site, reloaded.Library.Site);
        Assert.Equal("999", Assert.Single(reloaded.Library.Site.CrisisLines).Number);
    }

    [Fact]
    public void Broken_article_is_left_out_and_the_rest_are_served()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/good.md", TempContentFolder.Article("Good"));
        var broken = folder.Write("articles/broken.md", "---\nsummary: No title\n---\n\n## A\n");

        var result = Load(folder);

        Assert.Equal(["good"], result.Library.All.Select(a => a.Slug));
        Assert.Contains(result.Diagnostics, d => d.FilePath == broken && d.Code == DiagnosticCodes.MissingTitle);
    }

    [Fact]
    public void Duplicate_slug_is_an_error_naming_both_files()
    {
        using var folder = new TempContentFolder();
        var first = folder.Write("articles/a-first.md", TempContentFolder.Article("First", extra: "slug: same\n"));
        var second = folder.Write("articles/b-second.md", TempContentFolder.Article("Second", extra: "slug: same\n"));

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        Assert.Equal(second, error.FilePath);
        Assert.Contains(first, error.Message, StringComparison.Ordinal);
        Assert.Equal("First", Assert.Single(result.Library.All).Title);
    }

    [Fact]
    public void A_broken_file_does_not_take_down_a_good_article_with_the_same_slug()
    {
        using var folder = new TempContentFolder();
        var broken = folder.Write("articles/a-broken.md", "---\nsummary: No title\nslug: calm\n---\n\n## A\n");
        var good = folder.Write("articles/b-good.md", TempContentFolder.Article("Calm", extra: "slug: calm\n"));

        var result = Load(folder);

        Assert.Equal("Calm", Assert.Single(result.Library.All).Title);
        var clash = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        Assert.Equal(broken, clash.FilePath);
        Assert.Contains(good, clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_the_ids_every_article_page_has_are_not_reported()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", TempContentFolder.Article("A", "## Part\n\n[top](#top) [help](#crisis-help) [reach out](#reach-out)\n"));

        Assert.DoesNotContain(Load(folder).Diagnostics, d => d.Code == DiagnosticCodes.BrokenAnchor);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_an_error_with_a_fix()
    {
        using var folder = new TempContentFolder();
        var latin1 = folder.WriteBytes("articles/latin.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\nsummary: S\n---\n"u8]);

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnreadableFile);
        Assert.Equal(latin1, error.FilePath);
        Assert.Contains("UTF-8", error.Fix, StringComparison.Ordinal);
        Assert.Empty(result.Library.All);
    }

    [Fact]
    public void Links_to_missing_articles_and_anchors_are_warnings_quoting_the_target()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/target.md", TempContentFolder.Article("Target", "## Real part\n\nText.\n"));
        var source = folder.Write("articles/source.md", TempContentFolder.Article(
            "Source",
            "## One\n\n[ok](target#real-part) [gone](missing-article) [bad anchor](target#no-such-part) [self](#nowhere) [fine](#one)\n"));

        var result = Load(folder);

        var warnings = result.Diagnostics.Where(d => d.FilePath == source).ToList();
        Assert.Contains(warnings, d => d.Code == DiagnosticCodes.BrokenLink && d.Message.Contains("'missing-article'", StringComparison.Ordinal) && d.Line == 8);
        Assert.Contains(warnings, d => d.Code == DiagnosticCodes.BrokenAnchor && d.Message.Contains("'target#no-such-part'", StringComparison.Ordinal));
        Assert.Contains(warnings, d => d.Code == DiagnosticCodes.BrokenAnchor && d.Message.Contains("'#nowhere'", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/draft.md", TempContentFolder.Article("Draft", extra: "draft: true\n"));
        folder.Write("articles/live.md", TempContentFolder.Article("Live"));

        Assert.Equal(["live"], Load(folder).Library.All.Select(a => a.Slug));
        Assert.Equal(["draft", "live"], Load(folder, options: new ContentLoadOptions(true, TestContent.Today)).Library.All.Select(a => a.Slug));
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version_of_that_article()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/steady.md", TempContentFolder.Article("Steady"));
        folder.Write("articles/edited.md", TempContentFolder.Article("Edited v1"));
        var first = Load(folder).Library;

        folder.Write("articles/edited.md", "---\ntitle: [broken\n---\n");
        var second = Load(folder, first);

        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterSyntax);
        Assert.True(second.Library.TryGet("edited", out var kept));
        Assert.Equal("Edited v1", kept.Title);
        Assert.True(second.Library.TryGet("steady", out _));
    }

    [Fact]
    public void A_deleted_article_disappears_on_reload()
    {
        using var folder = new TempContentFolder();
        var path = folder.Write("articles/gone.md", TempContentFolder.Article("Gone"));
        var first = Load(folder).Library;

        File.Delete(path);

        Assert.Empty(Load(folder, first).Library.All);
    }

    [Fact]
    public void Missing_site_file_runs_on_defaults_with_a_warning()
    {
        using var folder = new TempContentFolder();

        var result = Load(folder);

        Assert.Equal(Site.SiteSettings.Defaults, result.Library.Site);
        Assert.Contains(result.Diagnostics, d => d.FilePath.EndsWith("site.yml", StringComparison.Ordinal) && !d.IsError);
    }
}
