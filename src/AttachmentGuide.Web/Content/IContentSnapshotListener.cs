using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Something built from each content snapshot (such as the search index). <see cref="SiteContent"/> calls it on
/// its loading thread, off the request path, before the new snapshot is served; if it throws, the reload fails
/// and the site keeps its last good snapshot.
/// </summary>
public interface IContentSnapshotListener
{
    void SnapshotLoaded(ContentLibrary library);
}
