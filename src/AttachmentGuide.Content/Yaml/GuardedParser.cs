using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AttachmentGuide.Content.Yaml;

/// <summary>
/// Hands YamlDotNet's events to the node builder one at a time, and stops at the first thing front matter and
/// site.yml never need but an attacker would: nesting deeper than <see cref="Limits.ContentLimits.MaxYamlDepth"/>
/// (the builder recurses, so tens of thousands of levels overflow the stack), aliases and anchors (a "billion
/// laughs" expands each level tenfold), keys that are lists or mappings, duplicate keys and huge values. The
/// parser itself is iterative, so stopping here bounds the work to what has been read.
/// </summary>
internal sealed class GuardedParser(IParser inner, int lineOffset) : IParser
{
    private readonly Stack<Collection> _open = new();

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        Check(inner.Current!);
        return true;
    }

    private void Check(ParsingEvent current)
    {
        if (current is AnchorAlias alias)
        {
            throw Refuse(current, $"'*{alias.Value}' repeats a value written elsewhere (a YAML alias), which the site does not read", "Write the value out in full where '*' is");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } named)
        {
            throw Refuse(current, $"'&{named.Anchor}' names a value for reuse (a YAML anchor), which the site does not read", $"Delete '&{named.Anchor}'");
        }

        var parent = _open.Count > 0 ? _open.Peek() : null;
        if (current is NodeEvent && parent is { IsMapping: true })
        {
            if (parent.ExpectsKey)
            {
                CheckKey(parent, current);
            }

            parent.ExpectsKey = !parent.ExpectsKey;
        }

        switch (current)
        {
            case MappingStart or SequenceStart:
                _open.Push(new Collection(current is MappingStart));
                if (_open.Count > Limits.ContentLimits.MaxYamlDepth)
                {
                    throw Refuse(current, $"lists and fields are nested more than {Limits.ContentLimits.MaxYamlDepth} deep here", "Write each field as 'key: value'; a list needs one level, like 'tags: [grief, sleep]'");
                }

                break;
            case MappingEnd or SequenceEnd:
                _open.Pop();
                break;
            case Scalar { Value.Length: > Limits.ContentLimits.MaxYamlValueChars } scalar:
                throw Refuse(current, $"this value is {scalar.Value.Length:N0} characters long; a value may hold at most {Limits.ContentLimits.MaxYamlValueChars:N0}", "Shorten it; long text belongs in the article below the front matter");
        }
    }

    private void CheckKey(Collection mapping, ParsingEvent key)
    {
        if (key is not Scalar scalar)
        {
            throw Refuse(key, "a key here is a list or a set of fields; a key must be a plain word", "Write each field as 'key: value', with a plain word before the colon");
        }

        var line = (int)scalar.Start.Line + lineOffset;
        if (!mapping.KeyLines.TryAdd(scalar.Value, line))
        {
            throw Refuse(key, $"'{scalar.Value}' is written twice (first on line {mapping.KeyLines[scalar.Value].ToString(CultureInfo.InvariantCulture)})", $"Keep one '{scalar.Value}:' line and delete the other");
        }
    }

    private static YamlRefusedException Refuse(ParsingEvent at, string message, string fix) => new(at.Start, message, fix);

    private sealed class Collection(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectsKey { get; set; } = true;

        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
    }
}
