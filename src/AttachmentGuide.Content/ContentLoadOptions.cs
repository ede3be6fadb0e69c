namespace AttachmentGuide.Content;

/// <summary>How to load a content folder.</summary>
/// <param name="IncludeDrafts">True to serve articles marked <c>draft: true</c> (Development only).</param>
/// <param name="Today">The date that decides whether a review is overdue.</param>
public sealed record ContentLoadOptions(bool IncludeDrafts, DateOnly Today);
