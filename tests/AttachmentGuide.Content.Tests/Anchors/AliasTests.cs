using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests.Anchors;

public sealed class AliasTests
{
    private static readonly ContentLoadOptions Published = new(IncludeDrafts: false, TestContent.Today);

    private static ContentLoadResult Load(TempContentFolder folder, bool drafts = false) =>
        TestContent.Loader().Load(folder.Root, drafts ? Published with { IncludeDrafts = true } : Published);

    [Fact]
    public void A_bare_alias_and_an_article_path_alias_both_redirect_to_the_article()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/new-name.md", TempContentFolder.Article("New", extra: "aliases: [old-name, /guide/older-name]\n"));

        var result = Load(folder);

        Assert.Equal(0, result.ErrorCount);
        Assert.True(result.Library.TryGetRedirect("/guide/old-name", out var target));
        Assert.Equal("/guide/new-name", target);
        Assert.True(result.Library.TryGetRedirect("/guide/older-name", out target));
        Assert.Equal("/guide/new-name", target);
        Assert.False(result.Library.TryGetRedirect("/old-name", out _));
    }

    [Fact]
    public void A_page_alias_redirects_at_the_top_level()
    {
        using var folder = new TempContentFolder();
        folder.Write("pages/fees.md", TempContentFolder.Article("Fees", extra: "aliases: [prices, /costs]\n"));

        var library = Load(folder).Library;

        Assert.True(library.TryGetRedirect("/prices", out var target));
        Assert.Equal("/fees", target);
        Assert.True(library.TryGetRedirect("/costs", out _));
    }

    [Fact]
    public void An_alias_that_is_another_articles_slug_is_an_error_naming_both_files_and_both_stay_served()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/taken.md", TempContentFolder.Article("Taken"));
        folder.Write("articles/renamed.md", TempContentFolder.Article("Renamed", extra: "aliases:\n  - taken\n  - fine\n"));

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AliasCollision);
        Assert.True(error.IsError);
        Assert.EndsWith("renamed.md", error.FilePath, StringComparison.Ordinal);
        Assert.Contains("taken.md", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        Assert.True(result.Library.TryGet("taken", out _));
        Assert.True(result.Library.TryGet("renamed", out _));
        Assert.False(result.Library.TryGetRedirect("/guide/taken", out _));
        Assert.True(result.Library.TryGetRedirect("/guide/fine", out _));
    }

    [Fact]
    public void Two_articles_with_the_same_alias_is_an_error_naming_both_files()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", TempContentFolder.Article("A", extra: "aliases: [shared]\n"));
        folder.Write("articles/b.md", TempContentFolder.Article("B", extra: "aliases: [shared]\n"));

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AliasCollision);
        Assert.EndsWith("b.md", error.FilePath, StringComparison.Ordinal);
        Assert.Contains("a.md", error.Message, StringComparison.Ordinal);
        Assert.True(result.Library.TryGetRedirect("/guide/shared", out var target));
        Assert.Equal("/guide/a", target);
    }

    [Theory]
    [InlineData("../staff")]
    [InlineData("/guide/../staff")]
    [InlineData("/staff")]
    [InlineData("https://evil.example/x")]
    [InlineData("//evil.example")]
    [InlineData("old?x=1")]
    [InlineData("Old Name")]
    public void A_malformed_article_alias_is_an_error_and_the_article_is_still_served(string alias)
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/kept.md", TempContentFolder.Article("Kept", extra: $"aliases: ['{alias}']\n"));

        var result = Load(folder);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidAlias);
        Assert.Equal(4, error.Line);
        Assert.True(result.Library.TryGet("kept", out _));
        Assert.Empty(result.Library.Redirects);
    }

    [Fact]
    public void A_page_alias_the_site_uses_itself_is_an_error()
    {
        using var folder = new TempContentFolder();
        var options = new ArticleParserOptions("/guide/", ["top"], ["staff", "contact"]);
        folder.Write("pages/about.md", TempContentFolder.Article("About", extra: "aliases: [/staff]\n"));

        var result = new ContentLoader(new ArticleParser(Rendering.MarkdownPipelineFactory.Create(), options), TimeProvider.System).Load(folder.Root, Published);

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidAlias);
        Assert.Empty(result.Library.Redirects);
    }

    [Fact]
    public void A_drafts_aliases_redirect_only_where_drafts_are_served()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/draft.md", TempContentFolder.Article("Draft", extra: "draft: true\naliases: [old-draft]\n"));

        Assert.Empty(Load(folder).Library.Redirects);
        Assert.True(Load(folder, drafts: true).Library.TryGetRedirect("/guide/old-draft", out _));
    }
}
