using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content.Yaml;

/// <summary>
/// Reads the fields of a YAML mapping by name, remembering where each one is so that a problem
/// with a value can be reported at its line in the file.
/// </summary>
public sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly int _lineOffset;

    private YamlFields(int lineOffset) => _lineOffset = lineOffset;

    /// <summary>Keys present in the mapping that are not among the known keys, with their positions.</summary>
    public IReadOnlyList<(string Key, int Line, int Column)> UnknownKeys { get; private set; } = [];

    /// <summary>
    /// Indexes <paramref name="mapping"/>. <paramref name="lineOffset"/> is added to YAML lines
    /// (which count from 1 within the YAML text) to give lines of the file.
    /// </summary>
    public static YamlFields From(YamlMappingNode mapping, IReadOnlyCollection<string> knownKeys, int lineOffset)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var fields = new YamlFields(lineOffset);
        var unknown = new List<(string, int, int)>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (knownKeys.Contains(name))
            {
                fields._fields[name] = (key, value);
            }
            else
            {
                var (line, column) = fields.PositionOf(key);
                unknown.Add((name, line, column));
            }
        }

        fields.UnknownKeys = unknown;
        return fields;
    }

    /// <summary>The file line and column (from 1) where a node starts.</summary>
    public (int Line, int Column) PositionOf(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return ((int)node.Start.Line + _lineOffset, (int)node.Start.Column);
    }

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>The position of a present key's value, or of line 1 when absent.</summary>
    public (int Line, int Column) PositionOfValue(string key) =>
        _fields.TryGetValue(key, out var field) ? PositionOf(field.Value) : (1, 1);

    /// <summary>The value node of a present key.</summary>
    public YamlNode? Node(string key) => _fields.TryGetValue(key, out var field) ? field.Value : null;

    /// <summary>A trimmed text value; null when absent, empty or not a single value.</summary>
    public string? Text(string key) =>
        Node(key) is YamlScalarNode { Value: { } value } && !IsNull(Node(key)!) && value.Trim().Length > 0
            ? value.Trim()
            : null;

    /// <summary>True when the key is present but its value is a list or mapping rather than text.</summary>
    public bool IsNotText(string key) => Node(key) is { } node and not YamlScalarNode;

    /// <summary>Reads a yyyy-MM-dd date. Null when absent; <paramref name="invalid"/> is set when present but not a date.</summary>
    public DateOnly? Date(string key, out bool invalid) => Scalar(key, out invalid, static (string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date));

    /// <summary>Reads a whole number. Null when absent; <paramref name="invalid"/> is set when present but not a number.</summary>
    public int? Number(string key, out bool invalid) => Scalar(key, out invalid, static (string text, out int number) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number));

    /// <summary>Reads true/false (also yes/no). Null when absent; <paramref name="invalid"/> is set when present but neither.</summary>
    public bool? Boolean(string key, out bool invalid) => Scalar(key, out invalid, static (string text, out bool value) =>
    {
        var word = text.ToLowerInvariant();
        value = word is "true" or "yes" or "on";
        return value || word is "false" or "no" or "off";
    });

    /// <summary>Reads a list of texts; a single text counts as a list of one.</summary>
    public IReadOnlyList<string>? TextList(string key, out bool invalid)
    {
        invalid = false;
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                return [scalar.Value!.Trim()];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                return sequence.Children.Cast<YamlScalarNode>()
                    .Select(s => s.Value?.Trim() ?? string.Empty)
                    .Where(s => s.Length > 0)
                    .ToList();
            default:
                invalid = true;
                return null;
        }
    }

    /// <summary>Reads a text value with <paramref name="parse"/>: null when absent; <paramref name="invalid"/> when present but unreadable.</summary>
    private T? Scalar<T>(string key, out bool invalid, ScalarParser<T> parse)
        where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            invalid = IsNotText(key);
            return null;
        }

        invalid = !parse(text, out var value);
        return invalid ? null : value;
    }

    private delegate bool ScalarParser<T>(string text, out T value);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
