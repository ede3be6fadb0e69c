using System.Net;
using System.Text;
using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;
using SkiaSharp;

namespace AttachmentGuide.Web.Tests.Images;

public sealed class ImageServingTests(ImageSite images) : IClassFixture<ImageSite>
{
    private static async Task<IReadOnlyList<IElement>> ArticleImagesAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/guide/calm")).QuerySelectorAll("main img").ToList();

    [Fact]
    public async Task The_article_shows_each_photo_at_hashed_sizes_with_its_dimensions()
    {
        using var client = images.Site.CreatePlainClient();

        var imgs = await ArticleImagesAsync(client);

        Assert.Equal(2, imgs.Count);
        var lake = imgs[0];
        Assert.Equal("A calm lake under a pale sky", lake.GetAttribute("alt"));
        Assert.Matches("^/images/calm-lake\\.[0-9a-f]{12}\\.1600\\.jpg$", lake.GetAttribute("src"));
        var widths = lake.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]).ToList();
        Assert.Equal(["480w", "800w", "1200w", "1600w"], widths);
        Assert.Equal(("1600", "1066"), (lake.GetAttribute("width"), lake.GetAttribute("height")));
        Assert.Null(lake.GetAttribute("loading"));
        Assert.Equal("lazy", imgs[1].GetAttribute("loading"));
        Assert.Equal(("200", "300"), (imgs[1].GetAttribute("width"), imgs[1].GetAttribute("height")));
    }

    [Fact]
    public async Task A_missing_photo_is_shown_as_its_description_and_reported_with_its_code()
    {
        using var client = images.Site.CreatePlainClient();

        var page = await client.GetDocumentAsync("/guide/calm");
        var result = await CliRunner.RunAsync(images.ContentPath, "check-content", "--content", images.ContentPath);

        Assert.Contains("A photo that is not there", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("img"), i => i.GetAttribute("src")!.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("articles/calm.md(14,1): warning AG0250:", StringComparison.Ordinal) && l.Contains("/images/missing-lake.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_size_is_served_for_a_year_as_immutable()
    {
        using var client = images.Site.CreatePlainClient();
        var srcset = (await ArticleImagesAsync(client))[0].GetAttribute("srcset")!;

        foreach (var candidate in srcset.Split(", "))
        {
            var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Equal(width, bitmap.Width);
        }
    }

    [Fact]
    public async Task Served_photos_carry_no_exif_camera_or_gps_position()
    {
        using var client = images.Site.CreatePlainClient();
        var src = (await ArticleImagesAsync(client))[0].GetAttribute("src")!;

        var served = await client.GetByteArrayAsync(new Uri(src, UriKind.Relative), TestContext.Current.CancellationToken);

        // The source has all three, so the check below can fail.
        Assert.True(TestPhotos.HasApp1(images.SourcePhoto));
        Assert.Contains(TestPhotos.CameraMaker, Encoding.Latin1.GetString(images.SourcePhoto), StringComparison.Ordinal);
        Assert.False(TestPhotos.HasApp1(served));
        var text = Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPhotos.CameraMaker, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_turned_by_exif_is_served_upright()
    {
        using var client = images.Site.CreatePlainClient();
        var src = (await ArticleImagesAsync(client))[1].GetAttribute("src")!;

        using var bitmap = SKBitmap.Decode(await client.GetByteArrayAsync(new Uri(src, UriKind.Relative), TestContext.Current.CancellationToken));

        // Orientation 6: the stored top row (the light sky) is the viewer's right-hand side.
        Assert.Equal((200, 300), (bitmap.Width, bitmap.Height));
        Assert.True(Brightness(bitmap.GetPixel(190, 150)) > Brightness(bitmap.GetPixel(10, 150)) + 60, "the sky should be on the right");
    }

    private static int Brightness(SKColor color) => color.Red + color.Green + color.Blue;

    [Theory]
    [InlineData("/images/calm-lake.jpg")]
    [InlineData("/images/calm-lake.000000000000.1600.jpg")]
    [InlineData("/images/other-name.HASH.1600.jpg")]
    [InlineData("/images/calm-lake.HASH.1601.jpg")]
    [InlineData("/images/calm-lake.HASH.4000.jpg")]
    [InlineData("/images/calm-lake.HASH.1600.png")]
    [InlineData("/images/calm-lake.HASH.1600.jpg.bak")]
    [InlineData("/images/..%2Fsite.yml")]
    [InlineData("/images/..%2Farticles%2Fcalm.md")]
    public async Task An_unknown_hash_name_size_or_path_is_not_found(string path)
    {
        using var client = images.Site.CreatePlainClient();
        var src = (await ArticleImagesAsync(client))[0].GetAttribute("src")!;
        var hash = src.Split('.')[1];

        using var response = await client.GetAsync(new Uri(path.Replace("HASH", hash, StringComparison.Ordinal), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
