using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content.Yaml;

/// <summary>
/// Loads a YAML text into a node tree through <see cref="GuardedParser"/>, turning every failure into a
/// <see cref="YamlProblem"/> at the line of the file where the slip is, in words for staff.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>The outcome: the root node, or the problem that stopped the reading.</summary>
    /// <param name="Root">The root node, or null when the text is empty or cannot be read.</param>
    /// <param name="Problem">Why it cannot be read; null when it can.</param>
    public sealed record Result(YamlNode? Root, YamlProblem? Problem);

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file; never throws for bad input.</summary>
    public static Result Read(string yaml, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var lineOffset = firstLine - 1;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedParser(parser, lineOffset));
            return new Result(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, null);
        }
        catch (YamlRefusedException ex)
        {
            return new Result(null, new YamlProblem(Line(ex.Start) + lineOffset, Column(ex.Start), ex.Reason, ex.Fix));
        }
        catch (YamlException ex)
        {
            return new Result(null, YamlErrorExplainer.Explain(yaml, Line(ex.Start), Column(ex.Start), Describe(ex), lineOffset));
        }
#pragma warning disable CA1031 // YamlDotNet throws InvalidOperationException (and others) with no position on some malformed input.
        catch (Exception)
#pragma warning restore CA1031
        {
            var mark = parser.Current?.Start ?? Mark.Empty;
            return new Result(null, YamlErrorExplainer.Explain(yaml, null, Column(mark), "something here is not closed (often a '[', '{' or quote)", lineOffset));
        }
    }

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the location is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
