using AttachmentGuide.Content.Images;
using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>A picture just uploaded, with the Markdown that puts it in an article with its description.</summary>
public sealed record UploadedImage(ImageUploadOutcome.Saved Saved, string AltText)
{
    public string FileName => Saved.FileName;

    /// <summary><c>![description](/images/NAME)</c>, the description's brackets and backslashes escaped so it stays one image.</summary>
    public string Markdown => $"![{Escape(AltText)}]({ImageAddresses.Prefix}{Saved.FileName})";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal);
}
