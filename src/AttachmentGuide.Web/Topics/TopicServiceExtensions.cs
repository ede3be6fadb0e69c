using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AttachmentGuide.Web.Topics;

public static class TopicServiceExtensions
{
    /// <summary>Registers related reading; a search index that registers its own <see cref="ISimilarArticles"/> first wins.</summary>
    public static WebApplicationBuilder AddTopics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ISimilarArticles, NoSimilarArticles>();
        builder.Services.AddSingleton<RelatedReading>();
        return builder;
    }
}
