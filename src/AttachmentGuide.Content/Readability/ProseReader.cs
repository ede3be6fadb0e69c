using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Readability;

/// <summary>
/// Measures the prose readers see in a parsed Markdown body: headings and body text, in lists, quotes and tables too.
/// Code (blocks and inline), raw HTML, addresses written as links, and image descriptions are not prose and are
/// skipped; the front matter never reaches the document.
/// </summary>
internal static class ProseReader
{
    public static ReadingAge? Measure(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counter = new ProseCounter();
        Walk(document, counter);
        return counter.Result();
    }

    /// <summary>Measures plain text: a blank line ends a paragraph (and its sentence), as in Markdown.</summary>
    public static ReadingAge? MeasureText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counter = new ProseCounter();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                counter.EndBlock();
            }
            else
            {
                counter.Add(lines[i], i + 1);
                counter.Separate();
            }
        }

        return counter.Result();
    }

    private static void Walk(Block block, ProseCounter counter)
    {
        switch (block)
        {
            case CodeBlock or HtmlBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                AddInlines(inline, counter);
                counter.EndBlock();
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, counter);
                }

                counter.EndBlock();
                return;
        }
    }

    private static void AddInlines(ContainerInline container, ProseCounter counter)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    counter.Add(literal.Content.AsSpan(), literal.Line + 1);
                    break;
                case HtmlEntityInline entity:
                    counter.Add(entity.Transcoded.AsSpan(), entity.Line + 1);
                    break;
                case LineBreakInline:
                    counter.Separate();
                    break;
                case LinkInline { IsImage: true }:
                    counter.Separate();
                    break;
                case ContainerInline children:
                    AddInlines(children, counter);
                    break;
                default:
                    // Inline code, an autolink's address, raw HTML: not prose.
                    counter.Separate();
                    break;
            }
        }
    }
}
