namespace AttachmentGuide.Web.Hosting;

/// <summary>A staff form that may send more than <see cref="FormBodyLimitMiddleware.MaxFormBytes"/>: the most specific path first.</summary>
public sealed record LargeBodyAllowance(string PathPrefix, long MaxBytes)
{
    /// <summary>The largest picture staff may upload in the browser: a phone photo is 3-8 MB; larger ones go in by file.</summary>
    public const long MaxImageUploadBytes = 16 * 1024 * 1024;

    /// <summary>Room for a multipart envelope (alt text, token, boundaries) around the largest upload.</summary>
    public static readonly LargeBodyAllowance ImageUpload = new("/staff/content/images", MaxImageUploadBytes + (64 * 1024));

    /// <summary>An article's text (200 KB of UTF-8) sent as form fields, where percent-encoding can triple it, plus its front matter.</summary>
    public static readonly LargeBodyAllowance ContentEditor = new("/staff/content", 1024 * 1024);

    public static IReadOnlyList<LargeBodyAllowance> All { get; } = [ImageUpload, ContentEditor];
}
