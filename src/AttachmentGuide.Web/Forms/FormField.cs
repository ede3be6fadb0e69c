namespace AttachmentGuide.Web.Forms;

/// <summary>What the shared field partial needs to draw one labelled input with its hint and error.</summary>
public sealed record FormField(
    string Name,
    string Label,
    string? Value,
    string? Error,
    int MaxLength,
    string Type = "text",
    string Autocomplete = "off",
    string? Hint = null,
    bool Multiline = false);
