using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// What a text would be on the site: the article or page the public page would draw (null when the text has an
/// error), and every diagnostic, errors first, then by line.
/// </summary>
/// <param name="Kind">Article or page: which public partial draws it.</param>
/// <param name="Shown">What the public page would show; null when an error keeps it off the site.</param>
/// <param name="Diagnostics">Every problem found, with its line in the file and its fix.</param>
/// <param name="BodyFirstLine">The file line the body textarea's first line is on, so a diagnostic can name a line of the textarea.</param>
public sealed record ContentPreview(ContentKind Kind, Article? Shown, IReadOnlyList<Diagnostic> Diagnostics, int BodyFirstLine)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The textarea line of a file line, or null when the line is in the front matter (or the problem is about the whole file).</summary>
    public int? BodyLine(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Line is { } line && line >= BodyFirstLine ? line - BodyFirstLine + 1 : null;
    }
}
