using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Marks the headings whose id the author wrote (<c>## Heading {#custom-id}</c>), so the heading rules can tell
/// them from the ids Markdig makes up. It must be added before <c>UseAutoIdentifiers</c>: its hook then runs after
/// the heading's inlines (and so its attribute block) are parsed, but before an automatic id is given.
/// </summary>
internal sealed class CustomHeadingIdExtension : IMarkdownExtension
{
    private static readonly object CustomIdKey = new();

    /// <summary>The id the author wrote on <paramref name="heading"/>, or null when Markdig made it up.</summary>
    public static string? CustomIdOf(HeadingBlock heading) => heading.GetData(CustomIdKey) as string;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } atx)
        {
            atx.Closed -= OnClosed;
            atx.Closed += OnClosed;
        }

        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } setext)
        {
            setext.Closed -= OnClosed;
            setext.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += MarkCustomId;
        }
    }

    private static void MarkCustomId(InlineProcessor processor, Markdig.Syntax.Inlines.Inline? inline)
    {
        if (processor.Block is HeadingBlock heading && heading.TryGetAttributes()?.Id is { } id)
        {
            heading.SetData(CustomIdKey, id);
        }
    }
}
