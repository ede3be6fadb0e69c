using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>
/// The site in Production on a copy of the real content (uploads must never land in the repository's own folder),
/// with rate limits out of the way so each test can sign in.
/// </summary>
public sealed class ImageUploadSite : SiteFactory
{
    public ImageUploadSite()
        : base(CopyOfRealContent(), "Production")
    {
    }

    public string ImagesPath => Path.Combine(ContentPath, "images");

    /// <summary>The names in the images folder now, hidden files included (a temporary file left behind would show).</summary>
    public IReadOnlyList<string> FilesInImages() =>
        Directory.Exists(ImagesPath) ? [.. Directory.GetFiles(ImagesPath).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in RaisedRateLimits.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }

    private static string CopyOfRealContent()
    {
        var copy = Directory.CreateTempSubdirectory("ag-uploads-").FullName;
        foreach (var file in Directory.GetFiles(TestPaths.RealContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TestPaths.RealContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(copy, "images"));
        return copy;
    }
}
