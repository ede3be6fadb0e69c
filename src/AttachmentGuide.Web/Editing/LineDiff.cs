using DiffPlex;

namespace AttachmentGuide.Web.Editing;

/// <summary>What happened to one line between two versions of a file.</summary>
public enum DiffLineKind
{
    Unchanged,
    Removed,
    Added,

    /// <summary>A run of unchanged lines left out of the view; <see cref="DiffLine.Skipped"/> says how many.</summary>
    Skipped,
}

/// <summary>One line of a diff with its number in the older text, the newer text, or both.</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber, int Skipped = 0);

/// <summary>
/// A line-by-line comparison of two versions of a content file, computed by DiffPlex. Whitespace and case count
/// (a changed indent in front matter changes its meaning); line ends do not, so a file saved once with CRLF does
/// not show every line as changed.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        older = older.Replace("\r\n", "\n", StringComparison.Ordinal);
        newer = newer.Replace("\r\n", "\n", StringComparison.Ordinal);
        var result = Differ.Instance.CreateLineDiffs(older, newer, ignoreWhitespace: false, ignoreCase: false);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var lines = new List<DiffLine>(Math.Max(oldLines.Count, newLines.Count));
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA && b < block.InsertStartB)
            {
                lines.Add(new DiffLine(DiffLineKind.Unchanged, oldLines[a], a + 1, b + 1));
                a++;
                b++;
            }

            for (var i = 0; i < block.DeleteCountA; i++, a++)
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, oldLines[a], a + 1, null));
            }

            for (var i = 0; i < block.InsertCountB; i++, b++)
            {
                lines.Add(new DiffLine(DiffLineKind.Added, newLines[b], null, b + 1));
            }
        }

        while (a < oldLines.Count && b < newLines.Count)
        {
            lines.Add(new DiffLine(DiffLineKind.Unchanged, oldLines[a], a + 1, b + 1));
            a++;
            b++;
        }

        return lines;
    }

    /// <summary>
    /// The changed lines with <paramref name="context"/> unchanged lines around each change; a longer unchanged run
    /// becomes one <see cref="DiffLineKind.Skipped"/> entry, drawn as "N unchanged lines", so a one-word change in a
    /// long article fits a phone screen.
    /// </summary>
    public static IReadOnlyList<DiffLine> WithContext(IReadOnlyList<DiffLine> lines, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
            {
                keep[j] = true;
            }
        }

        var shown = new List<DiffLine>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                skipped++;
                continue;
            }

            if (skipped > 0)
            {
                shown.Add(new DiffLine(DiffLineKind.Skipped, string.Empty, null, null, skipped));
                skipped = 0;
            }

            shown.Add(lines[i]);
        }

        if (skipped > 0)
        {
            shown.Add(new DiffLine(DiffLineKind.Skipped, string.Empty, null, null, skipped));
        }

        return shown;
    }
}
