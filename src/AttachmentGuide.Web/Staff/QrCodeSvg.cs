using System.Globalization;
using System.Text;
using QRCoder;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Draws a QR code as a small inline SVG: one path of dark modules, coloured by the stylesheet, so the page needs
/// no image request, no script and no style attribute (the CSP stays strict).
/// </summary>
public static class QrCodeSvg
{
    public static string Render(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the quiet zone that scanners need
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && matrix[y][x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var encodedLabel = System.Net.WebUtility.HtmlEncode(label);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{encodedLabel}\"><path d=\"{path}\"/></svg>");
    }
}
