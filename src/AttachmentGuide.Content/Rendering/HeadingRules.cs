using AttachmentGuide.Content.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// The article's headings made fit for its page: a <c>#</c> heading is moved down a level (the title is the
/// page's only <c>h1</c>), a skipped level is reported, and no heading takes an id the layout uses itself.
/// A pass over the parsed document rather than a Markdig extension, because each rule reports to the
/// diagnostics of the file being parsed, and the pipeline is shared by every parse.
/// </summary>
/// <param name="reservedIds">Ids the page's layout uses (<see cref="ArticleParserOptions.ReservedIds"/>).</param>
internal sealed class HeadingRules(IReadOnlySet<string> reservedIds)
{
    /// <summary>Applies the rules to <paramref name="document"/>; returns every heading id, reserved ones excluded.</summary>
    public HashSet<string> Apply(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        DemoteLevelOne(headings, diagnostics);
        CheckLevels(headings, diagnostics);
        return AvoidReservedIds(headings);
    }

    private static void DemoteLevelOne(List<HeadingBlock> headings, DiagnosticBag diagnostics)
    {
        foreach (var heading in headings.Where(h => h.Level == 1))
        {
            heading.Level = 2;
            diagnostics.Warning(
                DiagnosticCodes.HeadingOneInBody, heading.Line + 1, heading.Column + 1,
                "a '#' heading in the text; the title is the page's only top-level heading, so this one is shown as '##'",
                "Start the heading with '## ' instead of '# '");
        }
    }

    private static void CheckLevels(List<HeadingBlock> headings, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in headings)
        {
            if (heading.Level > previous + 1)
            {
                diagnostics.Warning(
                    DiagnosticCodes.HeadingLevelSkipped, heading.Line + 1, heading.Column + 1,
                    $"a level {heading.Level} heading follows " + (previous == 1 ? "the title" : $"a level {previous} heading") + "; screen reader users navigate by heading levels",
                    $"Start it with {new string('#', previous + 1)} instead");
            }

            previous = heading.Level;
        }
    }

    private HashSet<string> AvoidReservedIds(List<HeadingBlock> headings)
    {
        var used = headings.Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && reservedIds.Contains(id))
            {
                // Markdig's own suffix scheme (-1, -2...), skipping any suffixed id already taken.
                var suffix = 1;
                while (used.Contains($"{id}-{suffix}") || reservedIds.Contains($"{id}-{suffix}"))
                {
                    suffix++;
                }

                attributes.Id = $"{id}-{suffix}";
                used.Add(attributes.Id);
            }
        }

        used.ExceptWith(reservedIds);
        return used;
    }
}
