using AttachmentGuide.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AttachmentGuide.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>Registers the content pipeline; the library itself is loaded eagerly by <see cref="LoadContent"/>.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<ContentOptions>(builder.Configuration, ContentOptions.SectionName);
        builder.Services.AddValidatedOptions<SiteOptions>(builder.Configuration, SiteOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => ContentParsing.CreateLoader(services.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<FirstPageSignal>();
        builder.Services.AddSingleton<SiteContent>();
        builder.Services.AddSingleton<ContentReloader>();
        builder.Services.AddHostedService<ContentWatcher>();
        builder.Services.AddHostedService<ContentPoller>();
        return builder;
    }

    /// <summary>
    /// Starts parsing every article now, at startup, in the background, so problems are logged at once and
    /// no reader ever waits for a parse after start-up. The task fails if the folder cannot be loaded at all.
    /// </summary>
    public static Task StartLoadingContent(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<SiteContent>().FirstLoad;
    }
}
