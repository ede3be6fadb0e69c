using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace AttachmentGuide.Content.Rendering;

/// <summary>Builds the one Markdig pipeline the site uses. A pipeline is immutable and thread-safe: build it once.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Creates the pipeline: GitHub-style unique heading ids, tables, list and emphasis extras,
    /// and raw HTML shown as text. Link addresses are checked by <see cref="ArticleParser"/>.
    /// </summary>
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseListExtras()
            .UseEmphasisExtras();
        builder.Extensions.AddIfNotAlready<EscapedHtmlExtension>();
        return builder.Build();
    }
}
