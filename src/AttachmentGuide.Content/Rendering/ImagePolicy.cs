using System.Globalization;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Decides what each image in one article becomes. An image must be a PNG, JPEG or WebP file in the images
/// folder, written <c>/images/NAME</c>; it is then rendered at its hashed addresses with every width it is served
/// at (<c>srcset</c>), its size (so the page does not jump as it loads) and, after the first, <c>loading="lazy"</c>.
/// Any other image is reported where it is written and shown as its description, so the reader loses only the picture.
/// One per parse: it remembers whether the article's first image has been seen.
/// </summary>
/// <param name="catalog">The snapshot's images folder.</param>
/// <param name="sizes">The <c>sizes</c> attribute: how wide the layout shows an article's image.</param>
internal sealed class ImagePolicy(ImageCatalog catalog, string sizes)
{
    private const string PlaceFix = "Put the file in content/images/ and write its address as /images/NAME, e.g. ![A calm lake at dawn](/images/lake.jpg)";

    private bool _seenFirst;

    public void Apply(LinkInline image, DiagnosticBag diagnostics, int line, int column)
    {
        var url = image.Url ?? string.Empty;
        if (UrlSafety.SchemeOf(url) is "http" or "https" || url.StartsWith("//", StringComparison.Ordinal))
        {
            LinkPolicy.ShowAsText(
                image, diagnostics, DiagnosticCodes.ExternalImage,
                $"the image '{url}' is not a file on this site, so it is not shown (loading it would tell another site who reads this page)",
                PlaceFix);
            return;
        }

        if (!image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace()))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutAlt, line, column,
                "the image has no description (alt text) for people who cannot see it",
                "Describe what it shows between the brackets: ![A calm lake at dawn](/images/lake.jpg)");
        }

        if (ImageReference.NameIn(url) is not { } name)
        {
            LinkPolicy.ShowAsText(
                image, diagnostics, DiagnosticCodes.ImageOutsideFolder,
                $"the image '{url}' is not in the images folder, so it is not shown",
                PlaceFix);
            return;
        }

        if (!catalog.TryGet(name, out var file))
        {
            var similar = catalog.SimilarName(name);
            LinkPolicy.ShowAsText(
                image, diagnostics, DiagnosticCodes.ImageNotFound,
                $"the image '{url}' does not exist in content/images/, so it is not shown",
                similar is not null
                    ? $"Names must match exactly, capitals too: did you mean /images/{similar}?"
                    : "Check the spelling, or add the file to content/images/");
            return;
        }

        if (!file.IsUsable)
        {
            ReportUnusable(image, diagnostics, url, file.Inspection.Problem);
            return;
        }

        Render(image, file);
    }

    private void Render(LinkInline image, ContentImage file)
    {
        var widths = ImageAddresses.Widths(file);
        var widest = widths[^1];
        image.Url = ImageAddresses.Url(file, widest);
        var attributes = image.GetAttributes();
        attributes.AddProperty("srcset", string.Join(", ", widths.Select(w => ImageAddresses.Url(file, w) + " " + w.ToString(CultureInfo.InvariantCulture) + "w")));
        attributes.AddProperty("sizes", sizes);
        attributes.AddProperty("width", widest.ToString(CultureInfo.InvariantCulture));
        attributes.AddProperty("height", ImageAddresses.HeightAt(file, widest).ToString(CultureInfo.InvariantCulture));

        // The first image may be what the reader sees first; the rest wait until the reader scrolls near them.
        // No fetchpriority="high": measured, a first photo below the fold then competes with the stylesheet and
        // delays the text's paint.
        if (_seenFirst)
        {
            attributes.AddProperty("loading", "lazy");
        }

        attributes.AddProperty("decoding", "async");
        _seenFirst = true;
    }

    private static void ReportUnusable(LinkInline image, DiagnosticBag diagnostics, string url, ImageProblem problem)
    {
        var (code, message, fix) = problem switch
        {
            ImageProblem.NotSupported => (
                DiagnosticCodes.ImageNotSupported,
                $"the file behind '{url}' is not a PNG, JPEG or WebP image (whatever its name says), so it is not shown",
                "Export it as JPEG (photos) or PNG (drawings) and save it again in content/images/"),
            ImageProblem.TooLarge => (
                DiagnosticCodes.ImageDamaged,
                $"the image '{url}' is too large to show (more than {ImageLimits.MaxPixels / 1_000_000} megapixels or {ImageLimits.MaxFileBytes / (1024 * 1024)} MB)",
                "Save a smaller copy: 2000 pixels wide is plenty for the site"),
            _ => (
                DiagnosticCodes.ImageDamaged,
                $"the image '{url}' is damaged or cut short, so it is not shown",
                "Copy the file into content/images/ again, or export it again from the original"),
        };
        LinkPolicy.ShowAsText(image, diagnostics, code, message, fix);
    }
}
