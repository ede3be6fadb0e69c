namespace AttachmentGuide.Web.Data;

/// <summary>Makes the database ready (schema current, settings applied, writable) before the site listens.</summary>
public interface IDatabaseStartup
{
    void Prepare();
}
