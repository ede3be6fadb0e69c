using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Shows raw HTML written in Markdown as text instead of rendering it, so content can never
/// inject markup or script. Unlike <c>DisableHtml()</c>, Markdig still parses the HTML, which
/// lets the parser warn the author about it. HTML comments are staff notes and render as nothing.
/// </summary>
public sealed class EscapedHtmlExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }

    /// <summary>True for an HTML comment block: a staff note, rendered as nothing.</summary>
    internal static bool IsComment(HtmlBlock block) => block.Type == HtmlBlockType.Comment;

    /// <summary>True for an inline HTML comment: a staff note, rendered as nothing.</summary>
    internal static bool IsComment(HtmlInline inline) => inline.Tag.StartsWith("<!--", StringComparison.Ordinal);

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (IsComment(obj))
            {
                return;
            }

            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("<p>");
            }

            renderer.WriteLeafRawLines(obj, true, renderer.EnableHtmlEscape);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine("</p>");
            }
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (IsComment(obj))
            {
                return;
            }

            if (renderer.EnableHtmlEscape)
            {
                renderer.WriteEscape(obj.Tag);
            }
            else
            {
                renderer.Write(obj.Tag);
            }
        }
    }
}
