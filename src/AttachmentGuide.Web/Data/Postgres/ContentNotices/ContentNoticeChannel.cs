namespace AttachmentGuide.Web.Data.Postgres.ContentNotices;

/// <summary>
/// The PostgreSQL notification channel content changes are announced on, and this process's name on it: a notice
/// carries the announcing instance's id, so an instance never reloads for its own announcement.
/// </summary>
internal sealed class ContentNoticeChannel
{
    public const string Name = "ag_content_changed";

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");
}
