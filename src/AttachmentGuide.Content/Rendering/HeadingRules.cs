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
        CheckCustomIds(headings, diagnostics);
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

    private void CheckCustomIds(List<HeadingBlock> headings, DiagnosticBag diagnostics)
    {
        foreach (var heading in headings)
        {
            if (CustomHeadingIdExtension.CustomIdOf(heading) is not { } id)
            {
                continue;
            }

            if (id.Length == 0 || id.Any(char.IsWhiteSpace))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidHeadingId, heading.Line + 1, heading.Column + 1,
                    $"the heading id '{id}' is not a valid id: an id must not be empty or contain spaces",
                    SuggestId(id));
            }
            else if (reservedIds.Contains(id))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidHeadingId, heading.Line + 1, heading.Column + 1,
                    $"the heading id '{id}' is one the page's layout uses itself, so a link to it would not reach this heading",
                    $"Choose another id; these are taken: {string.Join(", ", reservedIds.Order(StringComparer.Ordinal))}");
            }
        }

        // Markdig keeps its own ids unique, but not apart from the ids authors write: a clash involving a custom
        // id would make two headings share one anchor, so links would land on the wrong one.
        var clashes = headings
            .Where(h => h.TryGetAttributes()?.Id is not null)
            .GroupBy(h => h.GetAttributes().Id!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Any(h => CustomHeadingIdExtension.CustomIdOf(h) is not null));
        foreach (var clash in clashes)
        {
            var first = clash.First();
            foreach (var heading in clash.Skip(1))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateHeadingId, heading.Line + 1, heading.Column + 1,
                    $"the heading id '{clash.Key}' on line {heading.Line + 1} is already the id of the heading on line {first.Line + 1}",
                    "Give one of the two headings another '{#id}', so each section has its own address");
            }
        }
    }

    private static string SuggestId(string id) =>
        SlugRules.ToSlug(id) is { Length: > 0 } slug ? $"Write it as '{{#{slug}}}'" : "Use letters, digits and hyphens, like '{#first-steps}'";

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
