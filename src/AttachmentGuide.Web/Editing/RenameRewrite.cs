using System.Text;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Web.Editing;

/// <summary>A file's text after <see cref="RenameRewrite.Apply"/>, or why it could not be changed safely.</summary>
public sealed record RewrittenText(string? Text, string? Problem);

/// <summary>
/// Changes a content file's text for a rename: the old slug joins <c>aliases:</c> (so the old address answers 301),
/// the new slug leaves it (a file renamed back to an earlier name), and a <c>slug:</c> line, if any, takes the new
/// slug. It edits those lines as text and keeps every other byte as it was, comments and key order included: the
/// YAML is never read and written back. Front matter it cannot edit safely (an alias list over several lines, YAML
/// anchors, no closing <c>---</c>) is refused with a reason rather than guessed at.
/// </summary>
public static partial class RenameRewrite
{
    /// <param name="text">The whole file.</param>
    /// <param name="oldSlug">The address the file answers at now.</param>
    /// <param name="newSlug">The address it moves to.</param>
    /// <param name="addressPrefix">How an alias may also be written: <c>/guide/</c> for articles, <c>/</c> for pages.</param>
    public static RewrittenText Apply(string text, string oldSlug, string newSlug, string addressPrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(oldSlug);
        ArgumentException.ThrowIfNullOrEmpty(newSlug);
        ArgumentNullException.ThrowIfNull(addressPrefix);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = Lines(text);
        if (lines.Count == 0 || lines[0].Content.TrimEnd() != "---")
        {
            return new RewrittenText($"---{newline}aliases: [{oldSlug}]{newline}---{newline}" + text, null);
        }

        var closing = lines.FindIndex(1, l => l.Content.TrimEnd() is "---" or "...");
        if (closing < 0)
        {
            return Refused("the front matter has no closing '---' line");
        }

        var slugLine = lines.FindIndex(1, closing - 1, l => SlugKey().IsMatch(l.Content));
        if (slugLine >= 0)
        {
            lines[slugLine] = lines[slugLine] with { Content = "slug: " + newSlug };
        }

        var aliasesLine = lines.FindIndex(1, closing - 1, l => AliasesKey().IsMatch(l.Content));
        if (aliasesLine < 0)
        {
            lines.Insert(closing, new Line($"aliases: [{oldSlug}]", newline));
            return Joined(lines);
        }

        var (value, comment) = SplitComment(AliasesKey().Match(lines[aliasesLine].Content).Groups["rest"].Value);
        if (value.Length == 0 || value is "~" or "null")
        {
            var blockItems = BlockItems(lines, aliasesLine + 1, closing);
            return blockItems.Count > 0
                ? EditBlock(lines, blockItems, oldSlug, newSlug, addressPrefix, newline)
                : SetFlow(lines, aliasesLine, [], comment, oldSlug, newSlug, addressPrefix);
        }

        if (value[0] == '[')
        {
            return value[^1] == ']'
                ? SetFlow(lines, aliasesLine, SplitFlow(value[1..^1]), comment, oldSlug, newSlug, addressPrefix)
                : Refused("its aliases are written over several lines");
        }

        return value[0] is '&' or '*' or '|' or '>' or '{' or '!'
            ? Refused("its aliases use YAML the rename cannot edit")
            : SetFlow(lines, aliasesLine, [value], comment, oldSlug, newSlug, addressPrefix);
    }

    private static RewrittenText Refused(string why) => new(null,
        $"The file was not renamed: {why}. Open it in the editor, write its aliases as one line like 'aliases: [old-name]', save, then rename it.");

    private static RewrittenText SetFlow(List<Line> lines, int index, List<string> items, string comment, string oldSlug, string newSlug, string prefix)
    {
        items.RemoveAll(i => Normalised(i, prefix) == newSlug);
        if (!items.Exists(i => Normalised(i, prefix) == oldSlug))
        {
            items.Add(oldSlug);
        }

        lines[index] = lines[index] with { Content = "aliases: [" + string.Join(", ", items) + "]" + comment };
        return Joined(lines);
    }

    private static RewrittenText EditBlock(List<Line> lines, List<(int Index, string Indent, string Item)> items, string oldSlug, string newSlug, string prefix, string newline)
    {
        var hasOld = items.Exists(i => Normalised(i.Item, prefix) == oldSlug);
        var (lastIndex, indent, _) = items[^1];
        if (!hasOld)
        {
            lines.Insert(lastIndex + 1, new Line(indent + "- " + oldSlug, newline));
        }

        // From the bottom up, so the indexes above stay right.
        foreach (var (index, _, _) in items.Where(i => Normalised(i.Item, prefix) == newSlug).OrderByDescending(i => i.Index))
        {
            lines.RemoveAt(index);
        }

        return Joined(lines);
    }

    /// <summary>The <c>- item</c> lines that follow a bare <c>aliases:</c>, up to the first line that is not one.</summary>
    private static List<(int Index, string Indent, string Item)> BlockItems(List<Line> lines, int from, int closing)
    {
        var items = new List<(int, string, string)>();
        for (var i = from; i < closing; i++)
        {
            var match = BlockItem().Match(lines[i].Content);
            if (!match.Success)
            {
                break;
            }

            items.Add((i, match.Groups["indent"].Value, SplitComment(match.Groups["item"].Value).Value));
        }

        return items;
    }

    /// <summary>The items of a one-line flow list, split at commas outside quotes, as written.</summary>
    private static List<string> SplitFlow(string inner)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && c == ',')
            {
                items.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = quote == c ? null : quote ?? c;
            }

            current.Append(c);
        }

        items.Add(current.ToString().Trim());
        items.RemoveAll(i => i.Length == 0);
        return items;
    }

    /// <summary>A value and its trailing <c># comment</c> (with the space before it), a <c>#</c> inside quotes being text.</summary>
    private static (string Value, string Comment) SplitComment(string rest)
    {
        char? quote = null;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c is '"' or '\'')
            {
                quote = quote == c ? null : quote ?? c;
            }
            else if (c == '#' && quote is null && i > 0 && char.IsWhiteSpace(rest[i - 1]))
            {
                var valueEnd = i;
                while (valueEnd > 0 && char.IsWhiteSpace(rest[valueEnd - 1]))
                {
                    valueEnd--;
                }

                return (rest[..valueEnd].Trim(), rest[valueEnd..]);
            }
        }

        return (rest.Trim(), string.Empty);
    }

    /// <summary>An alias as the site reads it: unquoted, trimmed, without the file's own address prefix.</summary>
    private static string Normalised(string item, string prefix)
    {
        var value = item.Trim();
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
        {
            value = value[1..^1].Trim();
        }

        return value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;
    }

    private sealed record Line(string Content, string End);

    /// <summary>The file's lines, each with the line end it had (none for a last line without one).</summary>
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(new Line(text[start..], string.Empty));
                break;
            }

            var crlf = end > start && text[end - 1] == '\r';
            lines.Add(new Line(text[start..(crlf ? end - 1 : end)], crlf ? "\r\n" : "\n"));
            start = end + 1;
        }

        return lines;
    }

    private static RewrittenText Joined(List<Line> lines) => new(string.Concat(lines.Select(l => l.Content + l.End)), null);

    [GeneratedRegex(@"^slug\s*:")]
    private static partial Regex SlugKey();

    [GeneratedRegex(@"^aliases\s*:(?<rest>.*)$")]
    private static partial Regex AliasesKey();

    [GeneratedRegex(@"^(?<indent>[ \t]*)-\s+(?<item>.*)$")]
    private static partial Regex BlockItem();
}
