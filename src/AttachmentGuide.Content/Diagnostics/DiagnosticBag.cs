namespace AttachmentGuide.Content.Diagnostics;

/// <summary>Collects the diagnostics for one file.</summary>
/// <param name="filePath">Full path of the file the diagnostics are about.</param>
public sealed class DiagnosticBag(string filePath)
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The file the diagnostics are about.</summary>
    public string FilePath { get; } = filePath;

    /// <summary>Everything collected so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when any collected diagnostic is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Adds an error at a line and column counting from 1 (null for the whole file).</summary>
    public void Error(string code, int? line, int? column, string message, string fix) =>
        _items.Add(new Diagnostic(FilePath, line, column, DiagnosticSeverity.Error, code, message, fix));

    /// <summary>Adds a warning at a line and column counting from 1 (null for the whole file).</summary>
    public void Warning(string code, int? line, int? column, string message, string fix) =>
        _items.Add(new Diagnostic(FilePath, line, column, DiagnosticSeverity.Warning, code, message, fix));
}
