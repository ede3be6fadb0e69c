using AttachmentGuide.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

public static class NotificationServiceExtensions
{
    /// <summary>Email alerts to staff: settings checked at start, the outbox sender, and what writes to the outbox.</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNotificationServices(builder.Configuration);
        builder.Services.TryAddSingleton<Health.OutboxHeartbeat>();
        builder.Services.AddHostedService<OutboxSender>();
        return builder;
    }

    /// <summary>Everything but the background sender: what the CLI's <c>notify test</c> needs too.</summary>
    public static IServiceCollection AddNotificationServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<NotificationOptions>(configuration, NotificationOptions.SectionName)
            .Validate<IOptions<SiteOptions>>(
                (o, site) => !o.Enabled || site.Value.NormalizedBaseUrl is not null,
                "Site:BaseUrl must be set while Notifications:Smtp:Host is (alerts link to the site), e.g. Site__BaseUrl=https://guide.example.org");
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ReplyDueClock>();
        services.AddSingleton<InquiryArrival>();
        services.AddSingleton<AlertComposer>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<TestMessageSender>();
        services.AddScoped<OutboxClaim>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<OutboxHistory>();
        return services;
    }
}
