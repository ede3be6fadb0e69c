using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content.Yaml;

/// <summary>Loads a YAML text into a node tree, turning every failure into a located message.</summary>
public static class YamlDocumentReader
{
    /// <summary>The outcome: the root node, or an error with its line within the YAML text (from 1).</summary>
    /// <param name="Root">The root node, or null when the text is empty or invalid.</param>
    /// <param name="ErrorMessage">Why the text is not valid YAML.</param>
    /// <param name="ErrorLine">Line of the error within the YAML text, from 1.</param>
    /// <param name="ErrorColumn">Column of the error, from 1.</param>
    public sealed record Result(YamlNode? Root, string? ErrorMessage, int ErrorLine, int ErrorColumn);

    /// <summary>Parses <paramref name="yaml"/>; never throws for bad input.</summary>
    public static Result Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return new Result(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, null, 0, 0);
        }
        catch (YamlException ex)
        {
            return new Result(null, Describe(ex), (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        }
#pragma warning disable CA1031 // YamlDotNet throws InvalidOperationException (and others) with no position on some malformed input.
        catch (Exception)
#pragma warning restore CA1031
        {
            var mark = parser.Current?.Start ?? Mark.Empty;
            return new Result(null, "something here is not closed (often a '[', '{' or quote)", (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
        }
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the location is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
