using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Topics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AttachmentGuide.Web.Search;

public static class SearchServiceExtensions
{
    /// <summary>Site search: an index built with every content snapshot (see <see cref="SearchIndexHolder"/>), unless <c>Search:Enabled</c> is false.</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<SearchOptions>(builder.Configuration, SearchOptions.SectionName);
        // Registered either way: the page and the layout ask it whether search is on. Turned off, it builds nothing.
        builder.Services.TryAddSingleton<SearchIndexBuilder>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<FirstPageSignal>();
        builder.Services.AddSingleton<SearchIndexHolder>();
        builder.Services.AddSingleton<IContentSnapshotListener>(services => services.GetRequiredService<SearchIndexHolder>());
        // Related reading fills what shared tags leave empty from the index (registered before AddTopics' default).
        builder.Services.AddSingleton<ISimilarArticles>(services => services.GetRequiredService<SearchIndexHolder>());
        return builder;
    }
}
