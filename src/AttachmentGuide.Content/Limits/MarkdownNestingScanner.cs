using System.Buffers;

namespace AttachmentGuide.Content.Limits;

/// <summary>
/// Measures how deeply Markdown nests, in one linear pass, before Markdig sees it. Markdig gives up on
/// nesting past about 64 lists or 128 quotes or brackets with an exception that names no line, and balanced
/// brackets thousands deep cost it seconds; this names the line instead. It over-counts rather than under-counts
/// (a line that starts with '- ' counts as a list even in a code block), so its limits sit well below Markdig's
/// and well above anything an article needs.
/// </summary>
public static class MarkdownNestingScanner
{
    // Every character ScanInline acts on: the escape, brackets and emphasis marks.
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("\\[]*_~^=+");

    /// <summary>Where nesting first goes past a limit, and what kind it is.</summary>
    /// <param name="Line">Line of the file, from 1.</param>
    /// <param name="Column">Column, from 1.</param>
    /// <param name="What">What is nested, in plain words.</param>
    public sealed record Problem(int Line, int Column, string What);

    /// <summary>The first place <paramref name="markdown"/> (LF line ends) nests too deeply; null when it never does.</summary>
    public static Problem? Find(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var brackets = 0;
        var emphasis = 0;
        var lineNumber = 0;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = markdown.AsSpan(range);
            if (line.IsWhiteSpace())
            {
                // A blank line ends the paragraph: what was left open can no longer nest.
                brackets = 0;
                emphasis = 0;
                continue;
            }

            var textStart = SkipContainers(line, out var containers);
            if (containers > ContentLimits.MaxBlockNesting)
            {
                return new Problem(lineNumber, 1, $"block quotes and lists are nested about {containers} deep here");
            }

            var inline = ScanInline(line, textStart, ref brackets, ref emphasis);
            if (inline is { } column)
            {
                return new Problem(
                    lineNumber,
                    column + 1,
                    brackets > ContentLimits.MaxInlineNesting
                        ? $"more than {ContentLimits.MaxInlineNesting} '[' brackets are open at once here"
                        : $"more than {ContentLimits.MaxInlineNesting} emphasis marks (* _ ~ ^ = +) are open at once here");
            }
        }

        return null;
    }

    /// <summary>
    /// Counts the quote and list markers that open the line, plus half the indentation before them (a nested
    /// list indents each level); returns where the line's text starts.
    /// </summary>
    private static int SkipContainers(ReadOnlySpan<char> line, out int containers)
    {
        containers = 0;
        var column = 0;
        var i = 0;
        var leadingIndent = -1;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                column += line[i] == '\t' ? 4 - (column % 4) : 1;
                i++;
            }

            if (leadingIndent < 0)
            {
                leadingIndent = column;
            }

            var marker = MarkerLength(line, i);
            if (marker == 0)
            {
                break;
            }

            containers++;
            i += marker;
            column += marker;
        }

        if (containers > 0)
        {
            containers += leadingIndent / 2;
        }

        return i;
    }

    /// <summary>The length of a quote ('>'), bullet ('-', '+', '*' then a space) or number ('1.' or '1)' then a space) at <paramref name="i"/>.</summary>
    private static int MarkerLength(ReadOnlySpan<char> line, int i)
    {
        if (i >= line.Length)
        {
            return 0;
        }

        if (line[i] == '>')
        {
            return 1;
        }

        var end = i;
        if (line[i] is '-' or '+' or '*')
        {
            end = i + 1;
        }
        else
        {
            while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end]))
            {
                end++;
            }

            if (end == i || end >= line.Length || line[end] is not ('.' or ')'))
            {
                return 0;
            }

            end++;
        }

        return end == line.Length || line[end] is ' ' or '\t' ? end - i : 0;
    }

    /// <summary>
    /// Follows brackets and emphasis runs that stay open across the paragraph. Returns the index where either
    /// goes past the limit, or null.
    /// </summary>
    private static int? ScanInline(ReadOnlySpan<char> line, int start, ref int brackets, ref int emphasis)
    {
        for (var i = start; i < line.Length; i++)
        {
            // Straight to the next character that can open or close anything: most of a line is plain words.
            var next = line[i..].IndexOfAny(InlineMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = line[i];
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    if (++brackets > ContentLimits.MaxInlineNesting)
                    {
                        return i;
                    }

                    break;
                case ']':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '*' or '_' or '~' or '^' or '=' or '+':
                    var runStart = i;
                    while (i + 1 < line.Length && IsEmphasisMark(line[i + 1]))
                    {
                        i++;
                    }

                    var run = i - runStart + 1;
                    var before = runStart == 0 ? ' ' : line[runStart - 1];
                    var after = i + 1 == line.Length ? ' ' : line[i + 1];
                    var opens = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before));
                    var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
                    if (opens && !closes && (emphasis += run) > ContentLimits.MaxInlineNesting)
                    {
                        return runStart;
                    }

                    if (closes && !opens)
                    {
                        emphasis = Math.Max(0, emphasis - run);
                    }

                    break;
            }
        }

        return null;
    }

    private static bool IsEmphasisMark(char c) => c is '*' or '_' or '~' or '^' or '=' or '+';
}
