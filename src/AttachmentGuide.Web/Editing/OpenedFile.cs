namespace AttachmentGuide.Web.Editing;

/// <summary>A content file as read for editing: its text and the hash the edit form carries back on save.</summary>
public sealed record OpenedFile(ContentFilePath Path, string Text, string Hash);
