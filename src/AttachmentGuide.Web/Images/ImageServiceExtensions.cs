namespace AttachmentGuide.Web.Images;

public static class ImageServiceExtensions
{
    /// <summary>Registers the store of resized images and its settings (<see cref="ImageOptions"/>).</summary>
    public static WebApplicationBuilder AddImages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<ImageOptions>(builder.Configuration, ImageOptions.SectionName);
        builder.Services.AddSingleton<ImageVariantStore>();
        return builder;
    }
}
