using AttachmentGuide.Web.Tests.Infrastructure;
using AttachmentGuide.Web.Topics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Topics;

/// <summary>The site on the topics fixture (tags, aliases, custom heading ids, one draft), in Production.</summary>
public class TopicsSiteFactory : SiteFactory
{
    public TopicsSiteFactory()
        : base(TestPaths.Fixture("Topics"), "Production")
    {
    }
}

/// <summary>The topics fixture with a search engine's similarity standing in, as the search index will plug in.</summary>
public sealed class SimilarTopicsSiteFactory : TopicsSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISimilarArticles>(new FixedSimilarArticles()));
    }

    /// <summary>Claims every article is like itself, a missing article, then three real ones, in that order.</summary>
    private sealed class FixedSimilarArticles : ISimilarArticles
    {
        public IReadOnlyList<string> SimilarTo(string slug, int max) => [slug, "no-such-article", "calm-breathing", "naming-feelings", "on-your-own"];
    }
}
