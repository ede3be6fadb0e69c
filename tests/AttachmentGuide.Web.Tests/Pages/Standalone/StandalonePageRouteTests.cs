using AttachmentGuide.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Standalone;

/// <summary>Pages live at /SLUG, so the reserved list must hold every address the site answers itself.</summary>
public sealed class StandalonePageRouteTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public void Every_first_segment_the_site_routes_that_could_be_a_slug_is_reserved()
    {
        using var client = factory.CreatePlainClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var firstSegments = endpoints
            .Select(e => e.RoutePattern.PathSegments.Count > 0 ? e.RoutePattern.PathSegments[0] : null)
            .Where(segment => segment is { IsSimple: true } && segment.Parts[0] is RoutePatternLiteralPart)
            .Select(segment => ((RoutePatternLiteralPart)segment!.Parts[0]).Content.ToLowerInvariant())
            .Where(ArticleParser.IsValidSlug)
            .Distinct()
            .ToList();

        Assert.Contains("contact", firstSegments);
        Assert.Contains("staff", firstSegments);
        Assert.Empty(firstSegments.Except(SiteUrls.ReservedPageSlugs));
    }

    [Fact]
    public void Every_static_asset_folder_and_file_at_the_top_is_reserved()
    {
        var wwwroot = Path.Combine(RepositoryPaths.Root, "src", "AttachmentGuide.Web", "wwwroot");

        var entries = Directory.EnumerateFileSystemEntries(wwwroot).Select(Path.GetFileName).ToList();

        Assert.NotEmpty(entries);
        Assert.Empty(entries.Except(SiteUrls.ReservedPageSlugs));
    }

    [Fact]
    public void The_issue_s_addresses_are_reserved()
    {
        Assert.Superset(
            new HashSet<string>(["guide", "contact", "staff", "topics", "search", "feed.xml", "sitemap.xml", "robots.txt", "health", "images"]),
            new HashSet<string>(SiteUrls.ReservedPageSlugs));
    }
}
