namespace AttachmentGuide.Web.Editing;

public static class EditingServiceExtensions
{
    /// <summary>The browser editor's services: the history, the write lock, the editor itself, its preview and list, history restore, rename, the image upload, and the page that keeps text typed when the session ended.</summary>
    public static WebApplicationBuilder AddEditing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<EditingOptions>(builder.Configuration, EditingOptions.SectionName);
        builder.Services.AddSingleton<ContentWriteLock>();
        builder.Services.AddSingleton<ContentFileWriter>();
        builder.Services.AddScoped<ContentHistory>();
        builder.Services.AddScoped<ContentEditor>();
        builder.Services.AddScoped<ContentRenamer>();
        builder.Services.AddScoped<VersionRestorer>();
        builder.Services.AddScoped<ImageUploader>();
        builder.Services.AddSingleton<ContentPreviewer>();
        builder.Services.AddScoped<ContentListing>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, SessionEndedMidEdit>();
        return builder;
    }
}
