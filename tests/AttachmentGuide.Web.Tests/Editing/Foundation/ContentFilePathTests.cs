using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Tests.Editing.Foundation;

/// <summary>
/// Whatever a form or a link sends as the file to edit, only a Markdown file inside articles/ or pages/ is ever
/// touched: every way of climbing out, going absolute, hiding or naming something else is refused with a reason.
/// </summary>
public sealed class ContentFilePathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ag-content-paths");

    [Theory]
    [InlineData("articles/grief.md", ContentKind.Article)]
    [InlineData("pages/about.md", ContentKind.Page)]
    [InlineData("articles/older/grief.md", ContentKind.Article)]
    public void TryParse_AMarkdownFileInsideItsFolder_IsAccepted(string relative, ContentKind kind)
    {
        Assert.True(ContentFilePath.TryParse(Root, relative, out var path, out var problem), problem);
        Assert.Equal(kind, path!.Kind);
        Assert.Equal(relative, path.Relative);
        Assert.Equal(Path.Combine(Root, relative), path.FullPath);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("articles/../site.yml")]
    [InlineData("articles/../../etc/passwd.md")]
    [InlineData("articles/..")]
    [InlineData("../articles/grief.md")]
    [InlineData("articles/./grief.md")]
    [InlineData("/etc/passwd.md")]
    [InlineData("/articles/grief.md")]
    [InlineData("articles//grief.md")]
    [InlineData("articles\\..\\site.yml")]
    [InlineData("articles/..\\..\\x.md")]
    [InlineData("articles/.hidden.md")]
    [InlineData("articles/.git/config.md")]
    [InlineData("articles/grief.md\0.txt")]
    [InlineData("articles/gri\nef.md")]
    [InlineData("articles/grief.txt")]
    [InlineData("articles/grief.MD.exe")]
    [InlineData("articles/grief")]
    [InlineData("site.yml")]
    [InlineData("grief.md")]
    [InlineData("images/photo.md")]
    [InlineData("Articles/grief.md")]
    [InlineData("C:/articles/grief.md")]
    [InlineData("articles/ grief.md")]
    [InlineData("articles/grief.md ")]
    [InlineData("articles")]
    public void TryParse_APathThatIsNotAnEditableFile_IsRefusedWithAReason(string relative)
    {
        Assert.False(ContentFilePath.TryParse(Root, relative, out var path, out var problem));
        Assert.Null(path);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void TryParse_AVeryLongPath_IsRefused()
    {
        var relative = "articles/" + new string('a', ContentFilePath.MaxLength) + ".md";
        Assert.False(ContentFilePath.TryParse(Root, relative, out _, out _));
    }

    [Theory]
    [InlineData("grief-and-loss", ContentKind.Article, "articles/grief-and-loss.md")]
    [InlineData("about", ContentKind.Page, "pages/about.md")]
    public void ForNew_AValidSlug_NamesTheFileInItsFolder(string slug, ContentKind kind, string expected)
    {
        Assert.Equal(expected, ContentFilePath.ForNew(Root, kind, slug)!.Relative);
    }

    [Theory]
    [InlineData("../site")]
    [InlineData("a/b")]
    [InlineData("Grief")]
    [InlineData("grief--loss")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void ForNew_ASlugThatCannotBeAnAddress_NamesNoFile(string slug)
    {
        Assert.Null(ContentFilePath.ForNew(Root, ContentKind.Article, slug));
    }

    [Fact]
    public void FromFullPath_AFileOutsideTheEditableFolders_IsNotEditable()
    {
        Assert.Null(ContentFilePath.FromFullPath(Root, Path.Combine(Root, "site.yml")));
        Assert.Null(ContentFilePath.FromFullPath(Root, Path.Combine(Path.GetTempPath(), "elsewhere", "articles", "x.md")));
        Assert.Equal("pages/about.md", ContentFilePath.FromFullPath(Root, Path.Combine(Root, "pages", "about.md"))!.Relative);
    }
}
