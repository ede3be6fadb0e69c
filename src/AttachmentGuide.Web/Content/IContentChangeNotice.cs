namespace AttachmentGuide.Web.Content;

/// <summary>
/// Tells the site's other instances that the content changed, so each reloads it too. Registered only where
/// instances share a database (PostgreSQL's LISTEN/NOTIFY); one instance has nobody to tell.
/// </summary>
public interface IContentChangeNotice
{
    Task AnnounceAsync(CancellationToken cancellationToken);
}
