namespace AttachmentGuide.Content.Diagnostics;

/// <summary>How serious a content problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The file is still served; something in it deserves a look.</summary>
    Warning,

    /// <summary>The file is left out of the site until it is fixed.</summary>
    Error,
}
