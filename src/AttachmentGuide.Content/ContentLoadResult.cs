using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content;

/// <summary>A loaded library and every problem found while loading it.</summary>
/// <param name="Library">What the site serves.</param>
/// <param name="Diagnostics">Errors and warnings, ordered by file, then line.</param>
public sealed record ContentLoadResult(ContentLibrary Library, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
