using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Renders pieces of a parsed article (a section's blocks, a heading's inlines) to HTML or to plain text.
/// Setting up a Markdig renderer costs more than most fragments, so one of these is kept and reused
/// (<see cref="FragmentRendererPolicy"/>); it is not thread-safe: one parse uses it at a time.
/// </summary>
internal sealed class FragmentRenderer
{
    // The renderers write through a StringWriter into these; a fragment is taken from them and they are cleared.
    private readonly StringBuilder _htmlOutput = new();
    private readonly StringBuilder _plainOutput = new();
    private readonly HtmlRenderer _html;
    private readonly HtmlRenderer _plain;

    public FragmentRenderer(MarkdownPipeline pipeline)
    {
        _html = new HtmlRenderer(new StringWriter(_htmlOutput, CultureInfo.InvariantCulture));
        pipeline.Setup(_html);
        _plain = new HtmlRenderer(new StringWriter(_plainOutput, CultureInfo.InvariantCulture))
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        pipeline.Setup(_plain);
    }

    /// <summary>The blocks as HTML, in UTF-8 (a snapshot holds thousands of these).</summary>
    public Utf8Html Html(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            _html.Render(block);
        }

        _html.Writer.Flush();
        var html = Utf8Html.From(_htmlOutput);
        _html.EnsureLine();
        _htmlOutput.Clear();
        return html;
    }

    /// <summary>Counts the words of the blocks' plain text without keeping the text: no reader needs it.</summary>
    public int CountWords(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            _plain.Render(block);
        }

        _plain.Writer.Flush();
        var count = WordCounter.CountIn(_plainOutput);
        _plain.EnsureLine();
        _plainOutput.Clear();
        return count;
    }

    /// <summary>The heading's inline HTML (emphasis, code), without the heading element.</summary>
    public string InlineHtml(HeadingBlock heading)
    {
        _html.WriteLeafInline(heading);
        return Take(_html, _htmlOutput);
    }

    /// <summary>The heading as plain text, trimmed.</summary>
    public string InlinePlainText(HeadingBlock heading)
    {
        _plain.WriteLeafInline(heading);
        return Take(_plain, _plainOutput).Trim();
    }

    private static string Take(HtmlRenderer renderer, StringBuilder output)
    {
        renderer.Writer.Flush();
        var text = output.ToString();

        // The renderer remembers whether it ended a line; end it now so the next fragment starts clean.
        renderer.EnsureLine();
        output.Clear();
        return text;
    }
}
