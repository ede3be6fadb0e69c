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

    [Fact]
    public void A_reload_does_not_re_read_an_unchanged_image_and_sees_a_changed_one()
    {
        using var folder = new TempContentFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "images"));
        var path = folder.WriteBytes("images/lake.jpg", ImageBytes.Jpeg(1000, 500));
        var loader = TestContent.Loader();
        var options = new ContentLoadOptions(false, TestContent.Today);
        var first = loader.Load(folder.Root, options).Library;
        var written = File.GetLastWriteTimeUtc(path);

        // Other bytes of the same length under the same time: only reading the file could tell, and it is not read.
        folder.WriteBytes("images/lake.jpg", ImageBytes.Jpeg(1000, 501));
        File.SetLastWriteTimeUtc(path, written);
        var unchanged = loader.Load(folder.Root, options, first).Library;
        Assert.Equal(first.Images.All[0].Hash, unchanged.Images.All[0].Hash);
        Assert.Equal(500, unchanged.Images.All[0].Inspection.Height);

        // A real save moves the write time: the file is read again and gets new addresses.
        File.SetLastWriteTimeUtc(path, written.AddSeconds(2));
        var changed = loader.Load(folder.Root, options, unchanged).Library;
        Assert.NotEqual(first.Images.All[0].Hash, changed.Images.All[0].Hash);
        Assert.Equal(501, changed.Images.All[0].Inspection.Height);

        // So does one of another length with the old time.
        folder.WriteBytes("images/lake.jpg", ImageBytes.Png(1000, 502));
        File.SetLastWriteTimeUtc(path, written);
        var other = loader.Load(folder.Root, options, changed).Library;
        Assert.Equal(502, other.Images.All[0].Inspection.Height);
    }
}
