using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages;

public sealed class IndexTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task HomePage_ListsAsManyArticlesAsThereAreMarkdownFiles()
    {
        var files = RealContent.ArticleFiles();
        Assert.NotEmpty(files);

        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        Assert.Equal(files.Count, document.QuerySelectorAll("ul.article-list > li").Length);
    }

    [Fact]
    public async Task HomePage_LinksToEveryArticleBySlug()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        Assert.Equal(
            RealContent.ArticleSlugs().Order(StringComparer.Ordinal),
            document.ArticleSlugs().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HomePage_ArticleLinksUseTheArticleTitleAsText()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        var titles = RealContent.ArticleFiles().Select(f => RealContent.FrontMatterValue(f, "title")).Order(StringComparer.Ordinal);
        var linkTexts = document.QuerySelectorAll("ul.article-list a").Select(a => a.Text()).Order(StringComparer.Ordinal);

        Assert.Equal(titles, linkTexts);
    }
}
