using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace AttachmentGuide.Content.Rendering;

/// <summary>Builds the one Markdig pipeline the site uses. A pipeline is immutable and thread-safe: build it once.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Creates the pipeline: GitHub-style unique heading ids, tables, list and emphasis extras,
    /// raw HTML shown as text, and <c>{#id}</c> attribute blocks (only a heading's id is kept). Link addresses are checked by <see cref="ArticleParser"/>.
    /// </summary>
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.Extensions.AddIfNotAlready<CustomHeadingIdExtension>();
        builder
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseListExtras()
            .UseEmphasisExtras();
        builder.Extensions.AddIfNotAlready<EscapedHtmlExtension>();

        // Last, as Markdig asks: '{#id}' on headings. Every other attribute is dropped by AttributeRules.
        builder.UseGenericAttributes();
        return builder.Build();
    }
}
