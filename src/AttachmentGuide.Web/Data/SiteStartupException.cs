namespace AttachmentGuide.Web.Data;

/// <summary>
/// A fault that stops the site before it listens, with a message for the operator that names the setting or
/// file and what to do: Program prints the message alone, not a stack trace.
/// </summary>
public sealed class SiteStartupException(string message) : Exception(message);
