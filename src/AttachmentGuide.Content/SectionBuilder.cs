using AttachmentGuide.Content.Rendering;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AttachmentGuide.Content;

/// <summary>
/// Divides a parsed article at its <c>##</c> headings into <see cref="Section"/>s, each divided again at its
/// <c>###</c> headings, and renders every part with its word count. What comes before the first <c>##</c>
/// is the lead, left for the caller to render.
/// </summary>
internal static class SectionBuilder
{
    /// <summary>The lead's blocks and the rendered sections of <paramref name="document"/>.</summary>
    public static (List<Block> Lead, List<Section> Sections) Build(MarkdownDocument document, FragmentRenderer renderer)
    {
        var lead = new List<Block>();
        var groups = new List<(HeadingBlock Heading, List<Block> Blocks)>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                groups.Add((heading, []));
            }
            else if (groups.Count == 0)
            {
                lead.Add(block);
            }
            else
            {
                groups[^1].Blocks.Add(block);
            }
        }

        return (lead, groups.Select(g => BuildSection(g.Heading, g.Blocks, subsectionLevel: 3, renderer)).ToList());
    }

    private static Section BuildSection(HeadingBlock heading, List<Block> blocks, int? subsectionLevel, FragmentRenderer renderer)
    {
        var intro = blocks;
        var subsections = new List<Section>();
        if (subsectionLevel is { } level)
        {
            var first = blocks.FindIndex(b => b is HeadingBlock h && h.Level == level);
            if (first >= 0)
            {
                intro = blocks[..first];
                var current = new List<Block>();
                HeadingBlock? currentHeading = null;
                foreach (var block in blocks[first..])
                {
                    if (block is HeadingBlock h && h.Level == level)
                    {
                        if (currentHeading is not null)
                        {
                            subsections.Add(BuildSection(currentHeading, current, null, renderer));
                        }

                        currentHeading = h;
                        current = [];
                    }
                    else
                    {
                        current.Add(block);
                    }
                }

                subsections.Add(BuildSection(currentHeading!, current, null, renderer));
            }
        }

        var headingText = renderer.InlinePlainText(heading);
        return new Section(
            heading.GetAttributes().Id ?? string.Empty,
            headingText,
            renderer.InlineHtml(heading),
            heading.Level,
            renderer.Html(intro),
            WordCounter.CountIn(headingText) + renderer.CountWords(intro) + subsections.Sum(s => s.WordCount),
            subsections);
    }
}
