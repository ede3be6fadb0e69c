using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests.Images;

public sealed class ContentLoaderImageTests
{
    [Fact]
    public void Load_checks_each_image_by_the_bytes_of_its_file_in_the_images_folder()
    {
        using var folder = new TempContentFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "images"));
        folder.WriteBytes("images/lake.jpg", ImageBytes.Jpeg(1000, 500));
        folder.WriteBytes("images/drawing.jpg", ImageBytes.Gif());
        folder.WriteBytes("images/.gitkeep", []);
        var path = folder.Write("articles/calm.md", TempContentFolder.Article("Calm", "## Part\n\n![A lake](/images/lake.jpg)\n\n  ![A drawing](/images/drawing.jpg)\n"));

        var result = TestContent.Loader().Load(folder.Root, new ContentLoadOptions(false, TestContent.Today));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.FilePath == path);
        Assert.Equal((path, DiagnosticCodes.ImageNotSupported, 10, 3), (diagnostic.FilePath, diagnostic.Code, diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.Equal(["drawing.jpg", "lake.jpg"], result.Library.Images.All.Select(i => i.Name));
        Assert.Contains("width=\"1000\" height=\"500\"", result.Library.All[0].Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_gives_a_changed_image_new_addresses()
    {
        using var folder = new TempContentFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "images"));
        folder.WriteBytes("images/lake.jpg", ImageBytes.Jpeg(1000, 500));
        var loader = TestContent.Loader();
        var first = loader.Load(folder.Root, new ContentLoadOptions(false, TestContent.Today)).Library.Images.All[0].Hash;

        folder.WriteBytes("images/lake.jpg", ImageBytes.Jpeg(1000, 501));
        var second = loader.Load(folder.Root, new ContentLoadOptions(false, TestContent.Today)).Library.Images.All[0].Hash;

        Assert.NotEqual(first, second);
    }
}
