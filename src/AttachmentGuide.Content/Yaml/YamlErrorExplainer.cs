using System.Text.RegularExpressions;

namespace AttachmentGuide.Content.Yaml;

/// <summary>
/// Turns a YAML error into the slip a person made, at the line they made it. YamlDotNet often notices a slip a
/// line later (a missing colon on line 2 is "invalid mapping" on line 3), so the lines up to the error are read
/// for the common slips first; only then is the parser's own message put in plain words.
/// </summary>
internal static partial class YamlErrorExplainer
{
    private const string QuoteFix = "Put the whole value in double quotes, like title: \"Shame: why it stays\"";

    /// <summary>
    /// Explains an error YamlDotNet reported at <paramref name="errorLine"/> (of the YAML text; null when it gave none).
    /// Lines in the result are the file's: <paramref name="lineOffset"/> is added.
    /// </summary>
    public static YamlProblem Explain(string yaml, int? errorLine, int errorColumn, string parserMessage, int lineOffset)
    {
        var lines = yaml.Split('\n');

        // A tab that indents the next line is reported on the line before it.
        var last = Math.Min(lines.Length, (errorLine ?? lines.Length) + 1);
        for (var i = 0; i < last; i++)
        {
            if (Slip(lines, i, isLineAfterError: errorLine is { } line && i == line) is { } slip)
            {
                return slip with { Line = slip.Line + lineOffset };
            }
        }

        return Translate(lines, errorLine ?? 1, errorColumn, parserMessage) with { Line = (errorLine ?? 1) + lineOffset };
    }

    private static YamlProblem? Slip(string[] lines, int index, bool isLineAfterError)
    {
        var text = lines[index];
        var number = index + 1;
        var indent = text.Length - text.TrimStart(' ', '\t').Length;
        if (text.AsSpan(0, indent).Contains('\t'))
        {
            return new YamlProblem(number, 1, "the line is indented with a tab; YAML indents with spaces only", "Replace the tab with spaces");
        }

        if (isLineAfterError || text.Trim().Length == 0 || text.TrimStart().StartsWith('#'))
        {
            return null;
        }

        var field = Field().Match(text);
        if (!field.Success)
        {
            // At the start of a line, outside a list, only 'key: value' can stand.
            if (indent == 0 && text.Trim() is var bare && !bare.StartsWith('-') && !IsContinuation(lines, index))
            {
                var word = bare.Split(' ', 2)[0].TrimEnd(':');
                return new YamlProblem(number, 1, $"'{word}' needs a colon after it", $"Write it as '{word}: ...', with a colon and a space before the value");
            }

            return null;
        }

        var key = field.Groups["key"].Value;
        var value = field.Groups["value"];
        var start = value.Index + 1;
        var written = value.Value.TrimEnd();
        if (written.Length == 0)
        {
            return null;
        }

        if (indent > 0 && IsUnderPlainValue(lines, index, indent))
        {
            return new YamlProblem(number, indent + 1, $"'{key}' is indented, so YAML reads it as part of the line above", $"Start '{key}:' at the beginning of the line, like the fields above it");
        }

        var closed = IsClosedQuote(written, out var afterQuote);
        switch (written[0])
        {
            case '"' or '\'' when !closed:
                return new YamlProblem(number, start, $"the quote that starts the value of '{key}' is never closed", $"Add {written[0]} at the end of the value");
            case '\'' when afterQuote:
                return new YamlProblem(number, start, $"the value of '{key}' has an apostrophe inside single quotes, which ends the quote early", "Use double quotes around the value, or write the apostrophe twice ('')");
            case '"' when afterQuote:
                return new YamlProblem(number, start, $"the value of '{key}' goes on after its closing quote", "Put the whole value inside the quotes");
            case '@' or '`' or '%' or ':' or '!' or '&' or '*':
                return new YamlProblem(number, start, $"a value cannot start with '{written[0]}' (YAML gives it a special meaning)", QuoteFix);
            case '[' when !written.EndsWith(']'):
                return new YamlProblem(number, start, $"the '[' that starts the value of '{key}' is not closed with ']' on the same line", "Close the list, like tags: [grief, sleep], or put the value in double quotes");
            case '{' when !written.EndsWith('}'):
                return new YamlProblem(number, start, $"the '{{' that starts the value of '{key}' is not closed with '}}' on the same line", "Put the value in double quotes");
        }

        if (written[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && ColonInValue().Match(written) is { Success: true } colon)
        {
            return new YamlProblem(number, start + colon.Index, $"the value of '{key}' contains ': ', which YAML reads as the start of another field", QuoteFix);
        }

        return null;
    }

    /// <summary>The parser's own message in plain words, when no common slip explains it.</summary>
    private static YamlProblem Translate(string[] lines, int line, int column, string message)
    {
        var at = line <= lines.Length && column <= lines[line - 1].Length ? lines[line - 1][column - 1] : ' ';
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return new YamlProblem(line, column, $"'{at}' cannot start a value here (YAML gives it a special meaning)", QuoteFix);
        }

        if (message.Contains("end of stream", StringComparison.Ordinal) || message.Contains("not closed", StringComparison.Ordinal) || message.Contains("expected ','", StringComparison.Ordinal))
        {
            return new YamlProblem(line, column, "a quote, '[' or '{' is opened and never closed", "Close it on the same line, or put the whole value in double quotes");
        }

        if (message.Contains("mapping", StringComparison.OrdinalIgnoreCase) || message.Contains("expected key", StringComparison.Ordinal))
        {
            return new YamlProblem(line, column, "this line does not fit the lines above it (check the spaces before it, its colon and its quotes)", "Write each field as 'key: value' at the start of its own line; put a value containing ': ' in double quotes");
        }

        return new YamlProblem(line, column, $"YAML cannot read this line ({message})", "Write each field as 'key: value' on its own line; put a value containing ': ' or starting with a quote, '[' or '{' in double quotes");
    }

    /// <summary>True when a line without a colon continues a quoted or block value begun above it.</summary>
    private static bool IsContinuation(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Field().Match(lines[i]) is { Success: true } above)
            {
                var value = above.Groups["value"].Value.Trim();
                return value is "|" or ">" or "|-" or ">-" || (value.Length > 0 && value[0] is '"' or '\'' or '[' or '{' && !IsClosedQuote(value, out _));
            }
        }

        return false;
    }

    /// <summary>True when the nearest less-indented line above is a field with a plain value (not a list or mapping start).</summary>
    private static bool IsUnderPlainValue(string[] lines, int index, int indent)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var above = lines[i];
            if (above.Trim().Length == 0)
            {
                continue;
            }

            var aboveIndent = above.Length - above.TrimStart(' ').Length;
            if (aboveIndent < indent)
            {
                var field = Field().Match(above);
                return field.Success && field.Groups["value"].Value.Trim() is { Length: > 0 } v && v[0] is not ('|' or '>' or '&' or '!');
            }
        }

        return false;
    }

    /// <summary>True when a value that starts with a quote (or bracket) closes; <paramref name="textAfter"/> when more follows the close.</summary>
    private static bool IsClosedQuote(string value, out bool textAfter)
    {
        textAfter = false;
        var quote = value[0];
        if (quote is not ('"' or '\''))
        {
            return quote switch { '[' => value.EndsWith(']'), '{' => value.EndsWith('}'), _ => true };
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (quote == '"' && value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == quote)
            {
                if (quote == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                var rest = value[(i + 1)..].Trim();
                textAfter = rest.Length > 0 && !rest.StartsWith('#');
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[^\s:#'""\[\]{}][^:]*?):(?:\s(?<value>.*)|$)")]
    private static partial Regex Field();

    [GeneratedRegex(@":(\s|$)")]
    private static partial Regex ColonInValue();
}
