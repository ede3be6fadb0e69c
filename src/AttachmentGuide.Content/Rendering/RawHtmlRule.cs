using AttachmentGuide.Content.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Tells the author where raw HTML is: <see cref="EscapedHtmlExtension"/> shows it as text, which is
/// safe but surprising. HTML comments are staff notes, render as nothing and are not reported.
/// </summary>
internal static class RawHtmlRule
{
    private const string Message = "raw HTML is shown as text, not rendered";
    private const string Fix = "Use Markdown instead: **bold**, *italic*, [link text](address), - lists";

    public static void Report(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>().Where(b => !EscapedHtmlExtension.IsComment(b)))
        {
            diagnostics.Warning(DiagnosticCodes.RawHtml, block.Line + 1, block.Column + 1, Message, Fix);
        }

        foreach (var inline in document.Descendants<HtmlInline>().Where(i => !EscapedHtmlExtension.IsComment(i)))
        {
            diagnostics.Warning(DiagnosticCodes.RawHtml, inline.Line + 1, inline.Column + 1, Message, Fix);
        }
    }
}
