namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>The editing site (<see cref="CopiedContentSiteFactory"/>) for history, rename and delete, on the real clock.</summary>
public sealed class HistorySiteFactory : CopiedContentSiteFactory
{
    public string Articles => Path.Combine(ContentPath, "articles");

    public string Pages => Path.Combine(ContentPath, "pages");
}
