using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;

namespace AttachmentGuide.Content.Tests.Images;

public sealed class ImageDiagnosticsTests
{
    // Lines 1-4 are the front matter, 6 the section heading: the image is on line 8.
    private const string Head = "---\ntitle: T\nsummary: S\n---\n\n## Section\n\n";

    private static readonly ImageCatalog Catalog = new(
    [
        Image("lake.jpg", ImageBytes.Jpeg(2400, 1600)),
        Image("notes.png", "just text, saved with the wrong name"u8.ToArray()),
        Image("cut.jpg", ImageBytes.Jpeg(800, 600)[..^2]),
        Image("bomb.png", ImageBytes.Png(60_000, 60_000)),
    ]);

    private static ContentImage Image(string name, byte[] bytes) =>
        new(name, "/content/images/" + name, ImageHeaderReader.Inspect(bytes), "0123456789ab");

    private static ArticleParseResult Parse(string line) =>
        TestContent.Parser.Parse("/content/articles/sample.md", Head + line + "\n", TestContent.Today, Catalog);

    [Theory]
    [InlineData("![A lake](/images/missing.jpg)", DiagnosticCodes.ImageNotFound, 1)]
    [InlineData("See ![A lake](/images/Lake.JPG) here", DiagnosticCodes.ImageNotFound, 5)]
    [InlineData("![A lake](../images/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](images/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/img/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/images/../secrets.png)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/images/%2e%2e%2fsecrets.png)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/images/trips/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/images/..%5Csecrets.png)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](/home/staff/Pictures/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](file:///home/staff/lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](C:\\Users\\staff\\lake.jpg)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](data:image/png;base64,iVBORw0KGgo=)", DiagnosticCodes.ImageOutsideFolder, 1)]
    [InlineData("![A lake](https://photos.example/lake.jpg)", DiagnosticCodes.ExternalImage, 1)]
    [InlineData("![Notes](/images/notes.png)", DiagnosticCodes.ImageNotSupported, 1)]
    [InlineData("![A cut photo](/images/cut.jpg)", DiagnosticCodes.ImageDamaged, 1)]
    [InlineData("![A huge photo](/images/bomb.png)", DiagnosticCodes.ImageDamaged, 1)]
    public void An_image_that_cannot_be_shown_is_reported_at_its_line_and_column_and_shown_as_its_description(string markdown, string code, int column)
    {
        var result = Parse(markdown);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal((8, column, DiagnosticSeverity.Warning), (diagnostic.Line!.Value, diagnostic.Column!.Value, diagnostic.Severity));
        var html = Assert.IsType<Article>(result.Article).Sections[0].Html;
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(markdown[(markdown.IndexOf('[', StringComparison.Ordinal) + 1)..markdown.IndexOf(']', StringComparison.Ordinal)], html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_differs_only_in_capitals_suggests_the_real_one()
    {
        var diagnostic = Assert.Single(Parse("![A lake](/images/Lake.JPG)").Diagnostics, d => d.Code == DiagnosticCodes.ImageNotFound);

        Assert.Contains("/images/lake.jpg", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_a_description_is_reported_at_its_line_and_column_and_still_shown()
    {
        var result = Parse("Text, then ![](/images/lake.jpg)");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImageWithoutAlt, 8, 12), (diagnostic.Code, diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.Contains("alt=\"\"", result.Article!.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_in_the_folder_is_rendered_at_its_hashed_sizes_with_its_dimensions()
    {
        var result = Parse("![A calm lake at dawn](/images/lake.jpg)");

        Assert.Empty(result.Diagnostics);
        var html = result.Article!.Sections[0].Html;
        Assert.Contains("src=\"/images/lake.0123456789ab.1600.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "srcset=\"/images/lake.0123456789ab.480.jpg 480w, /images/lake.0123456789ab.800.jpg 800w, /images/lake.0123456789ab.1200.jpg 1200w, /images/lake.0123456789ab.1600.jpg 1600w\"",
            html,
            StringComparison.Ordinal);
        Assert.Contains("width=\"1600\" height=\"1067\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"A calm lake at dawn\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_after_the_first_load_lazily()
    {
        var result = Parse("![First](/images/lake.jpg)\n\n![Second](/images/lake.jpg)\n\n![Third](/images/lake.jpg)");

        var images = result.Article!.Sections[0].Html.Split("<img")[1..];
        Assert.Equal(3, images.Length);
        Assert.DoesNotContain("loading=\"lazy\"", images[0], StringComparison.Ordinal);
        Assert.All(images[1..], i => Assert.Contains("loading=\"lazy\"", i, StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_narrower_than_every_standard_width_is_served_at_its_own_width_only()
    {
        var small = new ImageCatalog([Image("icon.png", ImageBytes.Png(300, 150))]);

        var result = TestContent.Parser.Parse("/content/articles/s.md", Head + "![An icon](/images/icon.png)\n", TestContent.Today, small);

        var html = result.Article!.Sections[0].Html;
        Assert.Contains("srcset=\"/images/icon.0123456789ab.300.png 300w\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"300\" height=\"150\"", html, StringComparison.Ordinal);
    }
}
