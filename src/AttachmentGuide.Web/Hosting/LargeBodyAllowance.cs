namespace AttachmentGuide.Web.Hosting;

/// <summary>A staff form that may send more than <see cref="FormBodyLimitMiddleware.MaxFormBytes"/>: the most specific path first.</summary>
public sealed record LargeBodyAllowance(string PathPrefix, long MaxBytes)
{
    /// <summary>The largest picture staff may upload in the browser: a phone photo is 3-8 MB; larger ones go in by file.</summary>
    public const long MaxImageUploadBytes = 16 * 1024 * 1024;

    /// <summary>The largest upload plus room for its multipart envelope (alt text, token, boundaries); a constant, so the page's limits can name it.</summary>
    public const long ImageUploadRequestBytes = MaxImageUploadBytes + (64 * 1024);

    /// <summary>The image upload page's allowance.</summary>
    public static readonly LargeBodyAllowance ImageUpload = new("/staff/content/images", ImageUploadRequestBytes);

    /// <summary>An article's text (200 KB of UTF-8) sent as form fields, where percent-encoding can triple it, plus its front matter.</summary>
    public static readonly LargeBodyAllowance ContentEditor = new("/staff/content", 1024 * 1024);

    public static IReadOnlyList<LargeBodyAllowance> All { get; } = [ImageUpload, ContentEditor];
}
