using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary>SiteUrls is the one place that knows the article address; these pin the places that cannot read it.</summary>
public sealed class ArticleRouteTests
{
    [Fact]
    public void The_article_page_route_is_the_article_prefix_of_SiteUrls()
    {
        var page = Path.Combine(RepositoryPaths.Root, "src", "AttachmentGuide.Web", "Pages", "Guide", "Article.cshtml");

        // Razor's @page takes only a literal, so it cannot use the constant itself.
        Assert.Equal($"@page \"{SiteUrls.ArticlePrefix}{{slug}}\"", File.ReadLines(page).First());
    }

    [Fact]
    public void The_parser_rewrites_links_to_the_prefix_and_keeps_the_layout_ids_of_SiteUrls()
    {
        Assert.Equal(SiteUrls.ArticlePrefix, ContentParsing.ParserOptions.ArticleUrlPrefix);
        Assert.Equal(SiteUrls.ReservedIds.Order(StringComparer.Ordinal), ContentParsing.ParserOptions.ReservedIds.Order(StringComparer.Ordinal));
        Assert.Equal("/guide/some-article", SiteUrls.Article("some-article"));
    }
}
