using AttachmentGuide.Browser.Tests.Accessibility;
using AttachmentGuide.Browser.Tests.Photos;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Pictures;

/// <summary>The pictures page as a browser draws it, in light and dark: with a picture listed, and with a field error.</summary>
public sealed class PicturesPageAxeTests(PicturesSite pictures) : IClassFixture<PicturesSite>
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_pictures_page_with_a_picture_listed_has_no_axe_violations(ColorScheme scheme)
    {
        await using var session = await pictures.OpenSignedInAsync(new Infrastructure.SessionOptions { ColorScheme = scheme });
        await session.GotoAsync(PicturesSite.PagePath);

        // The thumbnail is decoded and drawn: a broken picture has no natural width.
        await session.Page.WaitForFunctionAsync("() => { const i = document.querySelector('.image-card img'); return i && i.complete && i.naturalWidth > 0; }");
        var result = await AxeScan.RunAsync(session.Page);

        Assert.True(result.Violations.Length == 0, $"axe ({scheme}): {string.Join(", ", result.Violations.Select(v => v.Id))}");
        Assert.Contains(result.Passes, rule => rule.Id == AxeScan.EnhancedContrast);
        Assert.Equal("calm-lake.jpg", (await session.Page.Locator(".image-name").First.InnerTextAsync()).Trim());
        session.AssertClean();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_picture_chosen_without_a_description_is_a_field_error_focused_and_with_no_axe_violations(ColorScheme scheme)
    {
        await using var session = await pictures.OpenSignedInAsync(new Infrastructure.SessionOptions { ColorScheme = scheme });
        await session.GotoAsync(PicturesSite.PagePath);
        var photo = await File.ReadAllBytesAsync(Path.Combine(PhotoSite.ContentPath, "images", "calm-lake.jpg"), TestContext.Current.CancellationToken);
        await session.Page.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = "lake.jpg", MimeType = "image/jpeg", Buffer = photo });
        await session.Page.Locator("#Input_FileName").FillAsync("lake-without-words");

        await session.NavigateByAsync(() => session.Page.GetByRole(AriaRole.Button, new() { Name = "Upload the picture" }).ClickAsync());

        await session.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'error-summary'");
        Assert.Contains("Describe the picture", await session.Page.Locator("#Input_AltText-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("lake-without-words", await session.Page.Locator("#Input_FileName").InputValueAsync());
        var result = await AxeScan.RunAsync(session.Page);
        Assert.True(result.Violations.Length == 0, $"axe ({scheme}): {string.Join(", ", result.Violations.Select(v => v.Id))}");
        Assert.Contains(result.Passes, rule => rule.Id == AxeScan.EnhancedContrast);
        Assert.False(File.Exists(Path.Combine(pictures.ContentPath, "images", "lake-without-words.jpg")));
        session.AssertClean();
    }
}
