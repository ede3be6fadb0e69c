namespace AttachmentGuide.Content;

/// <summary>A link from an article to another article or to an anchor, kept so the loader can check it.</summary>
/// <param name="AsWritten">The target exactly as the author wrote it, for messages.</param>
/// <param name="TargetSlug">The article linked to; null for an anchor in the same article.</param>
/// <param name="Anchor">The anchor linked to, without <c>#</c>; null for none.</param>
/// <param name="Line">Line in the source file, from 1.</param>
/// <param name="Column">Column in the source file, from 1.</param>
public sealed record ArticleLink(string AsWritten, string? TargetSlug, string? Anchor, int Line, int Column);
