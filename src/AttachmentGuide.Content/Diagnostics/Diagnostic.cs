using System.Globalization;

namespace AttachmentGuide.Content.Diagnostics;

/// <summary>
/// One problem found in a content file, located precisely enough for an editor to jump to it.
/// </summary>
/// <param name="FilePath">Full path of the file the problem is in.</param>
/// <param name="Line">Line, counting from 1; null when the problem concerns the whole file.</param>
/// <param name="Column">Column, counting from 1; null when the problem concerns the whole file.</param>
/// <param name="Severity">Error (file left out) or warning (file served).</param>
/// <param name="Code">Stable code such as <c>AG0102</c>, listed in the README.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Fix">What to do about it, in plain words.</param>
public sealed record Diagnostic(
    string FilePath,
    int? Line,
    int? Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string Fix)
{
    /// <summary>True when the problem keeps the file out of the site.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Formats the diagnostic the way compilers do, so editors and terminals make it clickable:
    /// <c>PATH(LINE,COL): error CODE: message. fix</c>.
    /// </summary>
    /// <param name="baseDirectory">Paths inside this folder are shown relative to it; others stay absolute.</param>
    public string Format(string? baseDirectory = null)
    {
        var path = FilePath;
        if (baseDirectory is not null)
        {
            var relative = Path.GetRelativePath(baseDirectory, FilePath);
            path = relative.StartsWith("..", StringComparison.Ordinal) ? FilePath : relative;
        }

        var location = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"({line},{Column ?? 1})")
            : string.Empty;
        var severity = IsError ? "error" : "warning";
        return $"{path}{location}: {severity} {Code}: {Message}. {Fix}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
