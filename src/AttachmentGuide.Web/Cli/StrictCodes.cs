using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// <c>check-content --strict</c>, for a deploy pipeline: warnings that must not go live become errors, so the
/// command exits 1. <c>--strict</c> alone uses <see cref="Default"/>; <c>--strict AG0206,AG0220</c> names the codes.
/// </summary>
public static class StrictCodes
{
    /// <summary>
    /// What a deploy refuses by default: an unfinished template, a broken link or anchor, a file the site
    /// would not read, and a picture that is not in content/images/.
    /// </summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        DiagnosticCodes.TemplateIncomplete,
        DiagnosticCodes.BrokenLink,
        DiagnosticCodes.BrokenAnchor,
        DiagnosticCodes.IgnoredFile,
        DiagnosticCodes.ImageNotFound,
    ];

    /// <summary>The codes <paramref name="values"/> name (comma- or space-separated), or <see cref="Default"/> when none.</summary>
    public static IReadOnlySet<string> Parse(IEnumerable<string> values)
    {
        var codes = values
            .SelectMany(v => v.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return codes.Count == 0 ? Default.ToHashSet(StringComparer.Ordinal) : codes;
    }

    /// <summary>True when <paramref name="code"/> looks like a diagnostic code, <c>AG</c> and four digits.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length == 6 && code.StartsWith("AG", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);

    /// <summary>The diagnostics with every warning of <paramref name="codes"/> raised to an error.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, IReadOnlySet<string> codes) =>
        diagnostics
            .Select(d => d.Severity == DiagnosticSeverity.Warning && codes.Contains(d.Code) ? d with { Severity = DiagnosticSeverity.Error } : d)
            .ToList();
}
