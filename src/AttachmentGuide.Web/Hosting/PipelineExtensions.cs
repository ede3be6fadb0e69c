using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Staff;
using Serilog;

namespace AttachmentGuide.Web.Hosting;

public static class PipelineExtensions
{
    /// <summary>The middleware, in order. Forwarded headers first, so everything after sees the real scheme and client.</summary>
    public static WebApplication UseSitePipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseMiddleware<AllowedMethodsMiddleware>();
        app.UseMiddleware<CanonicalHostMiddleware>();
        app.UseMiddleware<AntiforgeryCookiePrefixMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSerilogRequestLogging(options => Health.HealthEndpoints.QuietRequestLogging(options, app.Services));
        app.UseMiddleware<ContentReadyMiddleware>();
        app.UseMiddleware<FormBodyLimitMiddleware>();
        app.UseMiddleware<Forms.NulCharacterFormMiddleware>();
        app.UseStaffNoStore();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSharedPostLimit();
        app.UseContentCaching();
        return app;
    }
}
