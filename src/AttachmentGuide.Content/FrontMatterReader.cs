using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Limits;
using AttachmentGuide.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content;

/// <summary>
/// Reads an article's front matter: the block split off by <see cref="FrontMatterSplitter"/>, read as YAML
/// and bound to <see cref="FrontMatter"/>, then the fields every article needs checked.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>The bound front matter; null, with an error, when the file has none or it cannot be read.</summary>
    public static FrontMatter? Read(FrontMatterSplitter.Parts parts, DiagnosticBag diagnostics)
    {
        if (parts.Yaml is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingFrontMatter, 1, 1,
                "the file does not start with front matter",
                "Begin the file with a line '---', then 'title: ...' and 'summary: ...' lines, then another '---'");
            return null;
        }

        if (!parts.IsClosed)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterSyntax, 1, 1,
                "the front matter opened by '---' on line 1 is never closed",
                "Add a line '---' after the last front matter line");
            return null;
        }

        // Bounded before the YAML reader sees it; the reader then bounds nesting, aliases and value sizes.
        if (parts.Yaml.Length > ContentLimits.MaxFrontMatterChars)
        {
            diagnostics.Error(
                DiagnosticCodes.TooLarge, FrontMatterSplitter.YamlFirstLine, 1,
                $"the front matter holds {parts.Yaml.Length:N0} characters; the site reads at most {ContentLimits.MaxFrontMatterChars:N0}",
                "Keep only the fields between the '---' lines; the article's text goes below the second '---'");
            return null;
        }

        var yaml = YamlDocumentReader.Read(parts.Yaml, FrontMatterSplitter.YamlFirstLine);
        if (yaml.Problem is { } problem)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterSyntax, problem.Line, problem.Column,
                $"line {problem.Line}: {problem.Message}",
                problem.Fix);
            return null;
        }

        switch (yaml.Root)
        {
            case null:
                return FrontMatter.Bind(new YamlMappingNode(), diagnostics, 0);
            case YamlMappingNode mapping:
                return FrontMatter.Bind(mapping, diagnostics, FrontMatterSplitter.YamlFirstLine - 1);
            default:
                diagnostics.Error(
                    DiagnosticCodes.FrontMatterSyntax, FrontMatterSplitter.YamlFirstLine, 1,
                    "the front matter is not a list of 'key: value' fields",
                    "Write each field as 'key: value' on its own line");
                return null;
        }
    }

    /// <summary>Reports a missing title or summary (errors) and a clinical review due before <paramref name="today"/> (a warning).</summary>
    public static void CheckRequiredFields(FrontMatter frontMatter, DiagnosticBag diagnostics, DateOnly today)
    {
        if (frontMatter.Title is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingTitle, 1, 1,
                "front matter is missing 'title'",
                "Add a line 'title: ...' between the '---' lines");
        }

        if (frontMatter.Summary is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingSummary, 1, 1,
                "front matter is missing 'summary'",
                "Add a line 'summary: ...' with one or two sentences for the home page and search results");
        }

        if (frontMatter.Metadata.ReviewDue is { } due && due < today)
        {
            diagnostics.Warning(
                DiagnosticCodes.ReviewOverdue, null, null,
                $"the clinical review was due on {due:yyyy-MM-dd}",
                "Have the article reviewed, then update 'reviewed' and 'review_due'");
        }
    }
}
