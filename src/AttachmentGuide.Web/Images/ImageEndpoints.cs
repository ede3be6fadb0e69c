using AttachmentGuide.Content.Images;
using AttachmentGuide.Web.Content;
using Microsoft.Net.Http.Headers;

namespace AttachmentGuide.Web.Images;

/// <summary><c>/images/STEM.HASH.WIDTH.EXT</c>: the content's images at the sizes articles ask for, cached for a year.</summary>
public static class ImageEndpoints
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapImages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods(ImageAddresses.Prefix + "{file}", ReadMethods, ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext http, SiteContent content, ImageVariantStore store)
    {
        // Only the widths an article offers are made: a request cannot ask the server for any size it likes.
        if (!ImageAddresses.TryParse(file, out var address)
            || !content.Library.Images.TryGetServed(address, out var image)
            || !ImageAddresses.Widths(image).Contains(address.Width))
        {
            return Results.NotFound();
        }

        var path = await store.GetAsync(image, address.Width, http.RequestAborted).ConfigureAwait(false);
        if (path is null)
        {
            return Results.NotFound();
        }

        // The address changes whenever the file does, so a browser never needs to ask again.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.File(path, ImageAddresses.MediaType(address.Format), entityTag: new EntityTagHeaderValue("\"" + image.Hash + "-" + address.Width + "\""));
    }
}
