using AttachmentGuide.Content.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// What is left of Markdig's generic attribute blocks (<c>{#id .class key=value}</c>): a heading keeps its id and
/// nothing else keeps anything, so staff cannot put classes, styles or event handlers on the page. Each attribute
/// dropped is a warning. Runs straight after parsing, before the site's own rules add attributes of their own
/// (image sizes, for instance).
/// </summary>
internal static class AttributeRules
{
    /// <summary>Strips every attribute an author wrote, except a heading's id, reporting each block that lost some.</summary>
    public static void Apply(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var item in document.Descendants())
        {
            if (item.TryGetAttributes() is not { } attributes)
            {
                continue;
            }

            var keepsId = item is HeadingBlock;

            // Every heading carries the id the pipeline gave it: nothing to drop, so nothing to describe.
            if ((keepsId || attributes.Id is null) && attributes.Classes is null or { Count: 0 } && attributes.Properties is null or { Count: 0 })
            {
                continue;
            }

            // Markdig's own class for a code block's language (```csharp → language-csharp) is no author's attribute.
            var ownClass = item is FencedCodeBlock { Info.Length: > 0 } fenced ? "language-" + fenced.Info : null;
            var dropped = Describe(attributes, keepsId, ownClass);
            if (dropped.Count == 0)
            {
                continue;
            }

            attributes.Classes = ownClass is not null && attributes.Classes?.Contains(ownClass) == true ? [ownClass] : null;
            attributes.Properties = null;
            if (!keepsId)
            {
                attributes.Id = null;
            }

            diagnostics.Warning(
                DiagnosticCodes.AttributeDropped, item.Line + 1, item.Column + 1,
                $"the attribute block '{{{string.Join(' ', dropped)}}}' is dropped: only a heading's id ('## Heading {{#my-id}}') may be set",
                keepsId
                    ? "Keep only the '#id' part inside the braces"
                    : "Remove the braces and what is inside them; to show a '{' as text, write '\\{'");
        }
    }

    private static List<string> Describe(HtmlAttributes attributes, bool keepsId, string? ownClass)
    {
        var parts = new List<string>();
        if (!keepsId && attributes.Id is { } id)
        {
            parts.Add("#" + id);
        }

        parts.AddRange((attributes.Classes ?? []).Where(c => c != ownClass).Select(c => "." + c));
        parts.AddRange((attributes.Properties ?? []).Select(p => p.Value is null ? p.Key : $"{p.Key}={p.Value}"));
        return parts;
    }
}
