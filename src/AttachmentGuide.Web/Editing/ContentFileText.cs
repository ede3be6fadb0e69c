using AttachmentGuide.Content;
using AttachmentGuide.Content.Rendering;
using AttachmentGuide.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Turns a content file into the edit form's fields and body, and the form back into a file: the front matter as YAML
/// that <see cref="FrontMatter"/> reads back as the same values, one blank line, then the body.
/// </summary>
public static class ContentFileText
{
    /// <summary>A file's parts as the form shows them.</summary>
    public sealed record Parts(FrontMatterFields Fields, string Body);

    /// <summary>
    /// Reads <paramref name="text"/> into form fields. What the form cannot show (another key, a comment, a value of a
    /// shape the field does not take, front matter that is not YAML at all) stays in <see cref="FrontMatterFields.OtherLines"/>.
    /// </summary>
    public static Parts Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = FrontMatterSplitter.Split(TextNormalizer.Normalize(text));
        if (parts.Yaml is null || !parts.IsClosed)
        {
            // No front matter (or one never closed): everything is body, and the preview says what is missing.
            return new Parts(new FrontMatterFields(), TextNormalizer.Normalize(text));
        }

        var body = parts.Body.TrimStart('\n');
        var fields = new FrontMatterFields();
        if (YamlDocumentReader.Read(parts.Yaml).Root is not YamlMappingNode mapping)
        {
            fields.OtherLines = parts.Yaml.Length == 0 ? null : parts.Yaml;
            return new Parts(fields, body);
        }

        var lines = parts.Yaml.Split('\n');
        var keys = mapping.Children.ToList();
        var other = new List<string>();
        var firstKeyLine = keys.Count == 0 ? lines.Length : (int)keys[0].Key.Start.Line - 1;
        other.AddRange(lines[..Math.Clamp(firstKeyLine, 0, lines.Length)]);
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, value) = keys[i];
            var from = Math.Clamp((int)key.Start.Line - 1, 0, lines.Length);
            var to = i + 1 < keys.Count ? Math.Clamp((int)keys[i + 1].Key.Start.Line - 1, from, lines.Length) : lines.Length;
            if (!TryTake(fields, (key as YamlScalarNode)?.Value, value))
            {
                other.AddRange(lines[from..to]);
            }
            else
            {
                // A comment below a field the form took is staff's note for the next lines: kept, not dropped with the field.
                other.AddRange(lines[Math.Min(from + 1, to)..to].Where(l => l.TrimStart().StartsWith('#')));
            }
        }

        var kept = string.Join('\n', other).Trim('\n');
        fields.OtherLines = kept.Length == 0 ? null : kept;
        return new Parts(fields, body);
    }

    /// <summary>The whole file: <c>---</c>, the fields the form has (in <see cref="FrontMatterFields.FormKeys"/> order), the other lines, <c>---</c>, a blank line, the body.</summary>
    public static string Compose(FrontMatterFields fields, string? body)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var yaml = new List<string>();
        void Text(string key, string? value)
        {
            if (OneLine(value) is { } line)
            {
                yaml.Add(key + ": " + YamlScalars.Scalar(line));
            }
        }

        void Plain(string key, string? value)
        {
            if (OneLine(value) is { } line)
            {
                yaml.Add(key + ": " + line);
            }
        }

        void List(string key, string? value)
        {
            if (SplitList(value) is { Count: > 0 } items)
            {
                yaml.Add(key + ": " + YamlScalars.List(items));
            }
        }

        Text("title", fields.Title);
        Text("subtitle", fields.Subtitle);
        Text("summary", fields.Summary);
        Text("author", fields.Author);
        Plain("reviewed", fields.Reviewed);
        Plain("review_due", fields.ReviewDue);
        List("tags", fields.Tags);
        Plain("order", fields.Order);
        if (fields.Draft)
        {
            yaml.Add("draft: true");
        }

        Text("content_note", fields.ContentNote);
        List("aliases", fields.Aliases);
        if (Lines(fields.OtherLines) is { Length: > 0 } other)
        {
            yaml.Add(other);
        }

        var text = Lines(body) ?? string.Empty;
        var file = "---\n" + string.Join('\n', yaml) + (yaml.Count > 0 ? "\n" : string.Empty) + "---\n";
        return text.Length == 0 ? file : file + "\n" + text + "\n";
    }

    /// <summary>The file line (from 1) on which the body starts in a file <see cref="Compose"/> wrote from <paramref name="fields"/>.</summary>
    public static int BodyFirstLine(FrontMatterFields fields) => 1 + Compose(fields, "x").Split('\n').Length - 2;

    /// <summary>The items of a comma-separated field, trimmed, empty ones dropped.</summary>
    public static List<string> SplitList(string? value) =>
        (OneLine(value) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool TryTake(FrontMatterFields fields, string? key, YamlNode value)
    {
        switch (key)
        {
            case "title" or "subtitle" or "summary" or "author" or "content_note" when ScalarText(value, out var text):
                SetText(fields, key, text);
                return true;
            case "reviewed" or "review_due" or "order" when ScalarText(value, out var text):
                SetText(fields, key, text);
                return true;
            case "draft" when ScalarText(value, out var word) && word?.ToLowerInvariant() is null or "true" or "false" or "yes" or "no" or "on" or "off":
                fields.Draft = word?.ToLowerInvariant() is "true" or "yes" or "on";
                return true;
            case "tags" or "aliases" when ListText(value, out var list):
                SetText(fields, key, list);
                return true;
            default:
                return false;
        }
    }

    private static void SetText(FrontMatterFields fields, string key, string? text)
    {
        switch (key)
        {
            case "title": fields.Title = text; break;
            case "subtitle": fields.Subtitle = text; break;
            case "summary": fields.Summary = text; break;
            case "author": fields.Author = text; break;
            case "content_note": fields.ContentNote = text; break;
            case "reviewed": fields.Reviewed = text; break;
            case "review_due": fields.ReviewDue = text; break;
            case "order": fields.Order = text; break;
            case "tags": fields.Tags = text; break;
            case "aliases": fields.Aliases = text; break;
        }
    }

    /// <summary>A scalar's text (null for an empty or null value); false for a list or mapping.</summary>
    private static bool ScalarText(YamlNode node, out string? text)
    {
        text = null;
        if (node is not YamlScalarNode scalar)
        {
            return false;
        }

        var isNull = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
        text = isNull ? null : OneLine(scalar.Value);
        return true;
    }

    /// <summary>A list of plain texts as "a, b"; false when an item would not survive a comma-separated field.</summary>
    private static bool ListText(YamlNode node, out string? text)
    {
        text = null;
        if (node is YamlScalarNode && ScalarText(node, out var single))
        {
            text = single;
            return single is null || !single.Contains(',', StringComparison.Ordinal);
        }

        if (node is not YamlSequenceNode sequence || !sequence.Children.All(c => c is YamlScalarNode))
        {
            return false;
        }

        var items = sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).Where(s => s.Length > 0).ToList();
        if (items.Any(i => i.Contains(',', StringComparison.Ordinal)))
        {
            return false;
        }

        text = items.Count == 0 ? null : string.Join(", ", items);
        return true;
    }

    /// <summary>A one-line field's value: line breaks (a pasted paragraph) become spaces, the ends trimmed; null when empty.</summary>
    private static string? OneLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var line = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
        return line.Length == 0 ? null : line;
    }

    /// <summary>Text from a textarea (which sends CRLF) with LF line ends, trailing line breaks and blank edges removed.</summary>
    private static string? Lines(string? value) =>
        value is null ? null : TextNormalizer.Normalize(value).Trim('\n').TrimEnd();
}
