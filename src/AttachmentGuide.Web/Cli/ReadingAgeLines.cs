using System.Globalization;
using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// The reading age of each article and page <c>check-content</c> read, one line each in the compiler format with the
/// severity <c>info</c> (which editors' problem matchers know), so tools that look for <c>error</c> or <c>warning</c>
/// pass them by and the exit code never depends on them.
/// </summary>
public static class ReadingAgeLines
{
    public static IEnumerable<string> For(ContentLibrary library, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.All.Concat(library.Pages)
            .DistinctBy(a => a.SourcePath, StringComparer.Ordinal)
            .OrderBy(a => a.SourcePath, StringComparer.Ordinal)
            .Select(a => Line(a, baseDirectory));
    }

    private static string Line(Article article, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, article.SourcePath);
        var path = relative.StartsWith("..", StringComparison.Ordinal) ? article.SourcePath : relative;
        var what = article.ReadingAge is { } reading
            ? string.Create(CultureInfo.InvariantCulture, $"reading age {reading.Age} (Flesch–Kincaid grade {reading.Grade:0.0}; {reading.Words} words in {reading.Sentences} sentences)")
            : "no prose to give a reading age";
        return $"{path}: info {DiagnosticCodes.ReadingAgeInfo}: {what}";
    }
}
