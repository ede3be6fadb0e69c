using AttachmentGuide.Browser.Tests.Photos;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Pictures;

/// <summary>Uploading a picture in a real browser, on a 320 px phone screen.</summary>
public sealed class PicturesPageUploadTests(PicturesSite pictures) : IClassFixture<PicturesSite>
{
    private static readonly Infrastructure.SessionOptions Phone320 = new() { Width = 320, Height = 740 };

    [Fact]
    public async Task A_picture_uploaded_at_320_pixels_is_drawn_in_the_list_and_its_Markdown_fits_the_screen()
    {
        await using var session = await pictures.OpenSignedInAsync(Phone320);
        await session.GotoAsync(PicturesSite.PagePath);
        var photo = await File.ReadAllBytesAsync(Path.Combine(PhotoSite.ContentPath, "images", "calm-lake.jpg"), TestContext.Current.CancellationToken);
        await session.Page.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = "Lake at Dawn.jpg", MimeType = "image/jpeg", Buffer = photo });
        await session.Page.Locator("#Input_AltText").FillAsync("A lake at dawn, mist on the water");

        await session.NavigateByAsync(() => session.Page.GetByRole(AriaRole.Button, new() { Name = "Upload the picture" }).ClickAsync());

        var markdown = session.Page.GetByLabel("Markdown to paste into an article");
        Assert.Equal("![A lake at dawn, mist on the water](/images/lake-at-dawn.jpg)", await markdown.InputValueAsync());
        var box = await markdown.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"The Markdown field spans {box.X}–{box.X + box.Width} px of a 320 px screen");
        // Thumbnails load as they are scrolled to.
        await session.Page.Locator(".image-card img[src*='/images/lake-at-dawn.']").ScrollIntoViewIfNeededAsync();
        await session.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.image-card img')].some(i => i.currentSrc.includes('/images/lake-at-dawn.') && i.complete && i.naturalWidth > 0)");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The pictures page scrolls sideways at 320 px");
        session.AssertClean();
    }

    [Fact]
    public async Task A_picture_over_16_MB_is_named_before_it_is_sent_and_the_description_stays()
    {
        await using var session = await pictures.OpenSignedInAsync(new Infrastructure.SessionOptions());
        await session.GotoAsync(PicturesSite.PagePath);
        await session.Page.Locator("#Input_AltText").FillAsync("A very large photo");
        var sizeMessage = session.Page.Locator("#Input_File-size");
        Assert.False(await sizeMessage.IsVisibleAsync());

        await session.Page.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = "huge.jpg", MimeType = "image/jpeg", Buffer = new byte[(16 * 1024 * 1024) + 1] });
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Upload the picture" }).ClickAsync();

        Assert.True(await sizeMessage.IsVisibleAsync());
        Assert.Contains("larger than 16 MB", await sizeMessage.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await session.Page.Locator("#Input_File").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Input_File", await session.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("A very large photo", await session.Page.Locator("#Input_AltText").InputValueAsync());
        Assert.False(File.Exists(Path.Combine(pictures.ContentPath, "images", "huge.jpg")));
        session.AssertClean();
    }
}
