using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Topics;

namespace AttachmentGuide.Web.Search;

public static class SearchServiceExtensions
{
    /// <summary>Site search: an index built with every content snapshot (see <see cref="SearchIndexHolder"/>).</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SearchIndexHolder>();
        builder.Services.AddSingleton<IContentSnapshotListener>(services => services.GetRequiredService<SearchIndexHolder>());
        // Related reading fills what shared tags leave empty from the index (registered before AddTopics' default).
        builder.Services.AddSingleton<ISimilarArticles>(services => services.GetRequiredService<SearchIndexHolder>());
        return builder;
    }
}
