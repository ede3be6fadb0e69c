namespace AttachmentGuide.Web.Editing;

public static class EditingServiceExtensions
{
    /// <summary>The browser editor's services: the history, the write lock and the editor itself.</summary>
    public static WebApplicationBuilder AddEditing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ContentWriteLock>();
        builder.Services.AddScoped<ContentHistory>();
        builder.Services.AddScoped<ContentEditor>();
        builder.Services.AddScoped<ContentRenamer>();
        builder.Services.AddScoped<VersionRestorer>();
        return builder;
    }
}
