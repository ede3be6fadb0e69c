using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>A content folder with photos (one carrying a phone's GPS position, one turned by EXIF) and the site on it.</summary>
public sealed class ImageSite : IDisposable
{
    public ImageSite()
    {
        ContentPath = Directory.CreateTempSubdirectory("ag-images-").FullName;
        Directory.CreateDirectory(Path.Combine(ContentPath, "articles"));
        Directory.CreateDirectory(Path.Combine(ContentPath, "images"));
        File.Copy(Path.Combine(TestPaths.Fixture("Site"), "site.yml"), Path.Combine(ContentPath, "site.yml"));
        SourcePhoto = TestPhotos.WithExif(TestPhotos.Jpeg(2000, 1333));
        File.WriteAllBytes(Path.Combine(ContentPath, "images", "calm-lake.jpg"), SourcePhoto);
        File.WriteAllBytes(Path.Combine(ContentPath, "images", "upright.jpg"), TestPhotos.WithExif(TestPhotos.Jpeg(300, 200), orientation: 6));
        File.WriteAllText(Path.Combine(ContentPath, "articles", "calm.md"), """
            ---
            title: Finding calm
            summary: Small ways to settle the body.
            ---

            ## A place to rest

            ![A calm lake under a pale sky](/images/calm-lake.jpg)

            ## Another view

            ![A phone photo held sideways](/images/upright.jpg)

            ![A photo that is not there](/images/missing-lake.jpg)
            """);
        Site = new SiteFactory(ContentPath, "Production");
    }

    public string ContentPath { get; }

    public byte[] SourcePhoto { get; }

    public SiteFactory Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        Directory.Delete(ContentPath, recursive: true);
    }
}
