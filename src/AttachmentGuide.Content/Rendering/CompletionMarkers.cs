using AttachmentGuide.Content.Diagnostics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Finds the <c>TO COMPLETE</c> notes staff leave in a template, reports each where it is, and cuts it out of
/// the page: a note runs from the marker to the end of its paragraph (or heading), and a block left with no
/// text is dropped. So a reader never sees a note for staff, whatever the environment; staff see the
/// warnings in <c>check-content</c> and in Development's problems banner.
/// </summary>
internal static class CompletionMarkers
{
    /// <summary>The words that start a note for staff.</summary>
    public const string Marker = "TO COMPLETE";

    /// <summary>
    /// Reports each <c>TO COMPLETE</c> in the front matter, where staff mark a placeholder value with a YAML
    /// comment (<c># TO COMPLETE: …</c>), which readers never see anyway.
    /// </summary>
    public static void ReportInFrontMatter(string? yaml, DiagnosticBag diagnostics)
    {
        var text = yaml ?? string.Empty;
        var i = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var index = text.AsSpan(range).IndexOf(Marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                diagnostics.Warning(
                    DiagnosticCodes.TemplateIncomplete, FrontMatterSplitter.YamlFirstLine + i, index + 1,
                    $"a '{Marker}' note for staff is still in the front matter: a value here is a placeholder",
                    "Put in the real value, then delete the note");
            }

            i++;
        }
    }

    public static void Apply(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        // Found first, cut after: cutting while walking would change the tree being walked.
        var found = document.Descendants<LiteralInline>()
            .Select(literal => (Literal: literal, Index: IndexOfMarker(literal.Content)))
            .Where(hit => hit.Index >= 0)
            .ToList();
        foreach (var (literal, index) in found)
        {
            diagnostics.Warning(
                DiagnosticCodes.TemplateIncomplete, literal.Line + 1, literal.Column + index + 1,
                $"a '{Marker}' note for staff is still in the text; readers do not see it, nor the rest of its paragraph",
                "Write the missing details, then delete the note");
        }

        foreach (var (literal, index) in found)
        {
            if (literal.Parent is null)
            {
                continue; // already cut with an earlier note in the same paragraph
            }

            var leaf = BlockOf(literal) ?? throw new InvalidOperationException("An inline outside any block.");
            CutFrom(literal, index);
            if (leaf is ParagraphBlock && !HasText(leaf.Inline))
            {
                RemoveWithEmptyParents(leaf);
            }
        }
    }

    // Searched in place: a string made of every literal of every article only to be searched was a large part of
    // what a parse allocated.
    private static int IndexOfMarker(StringSlice content) =>
        content.Text is null || content.Length <= 0 ? -1 : content.AsSpan().IndexOf(Marker, StringComparison.Ordinal);

    private static LeafBlock? BlockOf(Inline inline)
    {
        ContainerInline? container = inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        return container?.ParentBlock as LeafBlock;
    }

    private static void CutFrom(LiteralInline literal, int index)
    {
        var text = literal.Content.ToString();
        literal.Content = new StringSlice(text[..index].TrimEnd());

        // Everything after the marker, at this level and every enclosing one (emphasis, links), goes too.
        Inline current = literal;
        while (current.Parent is { } parent)
        {
            while (current.NextSibling is { } next)
            {
                next.Remove();
            }

            current = parent;
        }
    }

    private static bool HasText(ContainerInline? inline) =>
        inline is not null && inline.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace());

    private static void RemoveWithEmptyParents(Block block)
    {
        var parent = block.Parent;
        parent?.Remove(block);
        while (parent is { Count: 0, Parent: { } grandParent } and not MarkdownDocument)
        {
            grandParent.Remove(parent);
            parent = grandParent;
        }
    }
}
