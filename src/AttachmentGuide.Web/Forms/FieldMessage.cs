namespace AttachmentGuide.Web.Forms;

/// <summary>An error to list in the error summary: the id of the field it is about, and what to do.</summary>
public sealed record FieldMessage(string FieldId, string Message);
