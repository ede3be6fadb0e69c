namespace AttachmentGuide.Web.Editing;

/// <summary>What a content file is: an article under <c>content/articles/</c> or a page under <c>content/pages/</c>.</summary>
public enum ContentKind
{
    Article,
    Page,
}
