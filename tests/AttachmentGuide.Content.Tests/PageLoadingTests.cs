using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Rendering;

namespace AttachmentGuide.Content.Tests;

/// <summary>Pages in <c>content/pages/</c>, reserved addresses, and files the site would not read.</summary>
public sealed class PageLoadingTests
{
    private static readonly ContentLoadOptions Published = new(IncludeDrafts: false, TestContent.Today);

    private static readonly ArticleParser Parser = new(
        MarkdownPipelineFactory.Create(),
        new ArticleParserOptions("/guide/", TestContent.ParserOptions.ReservedIds, ["contact", "guide", "feed.xml"]));

    private static ContentLoadResult Load(TempContentFolder folder, ContentLoadOptions? options = null) =>
        new ContentLoader(Parser, TimeProvider.System).Load(folder.Root, options ?? Published);

    [Fact]
    public void A_page_with_a_reserved_address_is_an_error_naming_the_file_and_is_left_out()
    {
        using var folder = new TempContentFolder();
        var path = folder.Write("pages/contact.md", TempContentFolder.Article("Contact us"));
        folder.Write("pages/about.md", TempContentFolder.Article("About"));

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReservedPageSlug);
        Assert.Equal(path, error.FilePath);
        Assert.True(error.IsError);
        Assert.Contains("contact.md", error.Message, StringComparison.Ordinal);
        Assert.False(result.Library.TryGetPage("contact", out _));
        Assert.True(result.Library.TryGetPage("about", out _));
    }

    [Fact]
    public void A_reserved_address_taken_through_slug_is_refused_too()
    {
        using var folder = new TempContentFolder();
        folder.Write("pages/our-guide.md", TempContentFolder.Article("Guide", extra: "slug: guide\n"));

        var result = Load(folder);

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReservedPageSlug);
        Assert.Empty(result.Library.Pages);
    }

    [Fact]
    public void Pages_are_ordered_and_only_those_marked_nav_are_in_the_navigation()
    {
        using var folder = new TempContentFolder();
        folder.Write("pages/fees.md", TempContentFolder.Article("Fees", extra: "order: 2\nnav: true\n"));
        folder.Write("pages/about.md", TempContentFolder.Article("About", extra: "order: 1\nnav: true\n"));
        folder.Write("pages/privacy.md", TempContentFolder.Article("Privacy"));

        var library = Load(folder).Library;

        Assert.Equal(["About", "Fees", "Privacy"], library.Pages.Select(p => p.Title));
        Assert.Equal(["About", "Fees"], library.NavPages.Select(p => p.Title));
    }

    [Fact]
    public void A_draft_page_is_served_only_when_drafts_are()
    {
        using var folder = new TempContentFolder();
        folder.Write("pages/visit.md", TempContentFolder.Article("Visit", extra: "draft: true\n"));

        Assert.False(Load(folder).Library.TryGetPage("visit", out _));
        Assert.True(Load(folder, Published with { IncludeDrafts = true }).Library.TryGetPage("visit", out _));
    }

    [Theory]
    [InlineData("pages/about.markdown", "about.md")]
    [InlineData("articles/sleep.markdown", "sleep.md")]
    [InlineData("articles/Sleep.MD", "Sleep.md")]
    public void A_markdown_file_with_another_ending_is_a_warning_saying_what_to_rename_it_to(string relative, string renamed)
    {
        using var folder = new TempContentFolder();
        var path = folder.Write(relative, TempContentFolder.Article("About"));

        var warning = Assert.Single(Load(folder).Diagnostics, d => d.Code == DiagnosticCodes.IgnoredFile);

        Assert.Equal(path, warning.FilePath);
        Assert.False(warning.IsError);
        Assert.Contains(renamed, warning.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("about.md")]
    [InlineData("blog/post.md")]
    [InlineData("pages/photo.jpg")]
    public void A_file_outside_the_folders_the_site_reads_is_a_warning(string relative)
    {
        using var folder = new TempContentFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder.Root, relative))!);
        var path = folder.Write(relative, "text");

        var warning = Assert.Single(Load(folder).Diagnostics, d => d.Code == DiagnosticCodes.IgnoredFile);

        Assert.Equal(path, warning.FilePath);
    }

    [Theory]
    [InlineData("images/photo.jpg")]
    [InlineData(".gitkeep")]
    [InlineData("pages/.DS_Store")]
    [InlineData("site.yml")]
    public void Images_hidden_files_and_site_yml_are_not_reported(string relative)
    {
        using var folder = new TempContentFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder.Root, relative))!);
        folder.Write(relative, "name: A\n");

        Assert.DoesNotContain(Load(folder).Diagnostics, d => d.Code == DiagnosticCodes.IgnoredFile);
    }
}

/// <summary>A file with an error still has its links checked, so one run shows every problem.</summary>
public sealed class BrokenFileLinkTests
{
    [Fact]
    public void A_file_with_an_error_still_reports_its_broken_links_at_their_place()
    {
        using var folder = new TempContentFolder();
        var path = folder.Write("articles/no-title.md", "---\nsummary: No title here.\n---\n\n## Part\n\nSee [this](missing-article) and [that](#nowhere).\n");

        var result = TestContent.Loader().Load(folder.Root, new ContentLoadOptions(IncludeDrafts: false, TestContent.Today));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingTitle && d.FilePath == path);
        var link = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal((path, 7, 5), (link.FilePath, link.Line, link.Column));
        var anchor = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenAnchor);
        Assert.Equal((7, 33), (anchor.Line, anchor.Column));
    }
}
