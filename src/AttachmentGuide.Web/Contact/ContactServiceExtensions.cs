using System.Threading.RateLimiting;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Pages.Contact;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Contact;

public static class ContactServiceExtensions
{
    /// <summary>The rate limiter policy applied to the contact form's POSTs.</summary>
    public const string PostPolicy = "contact-posts";

    public static WebApplicationBuilder AddContactForm(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // ValidateDataAnnotations does not descend into nested sections, so this one is bound on its own.
        builder.Services.AddValidatedOptions<ContactRateLimitOptions>(builder.Configuration, ContactRateLimitOptions.SectionName);
        builder.Services.AddSingleton<SubmissionRateLimiter>();
        // Shared counts where the database is shared (PostgreSQL registers IRateWindows), one instance's memory otherwise.
        builder.Services.AddSingleton<ISubmissionPermits>(services => services.GetService<IRateWindows>() is { } shared
            ? new SharedSubmissionPermits(shared, services.GetRequiredService<IOptions<ContactRateLimitOptions>>())
            : services.GetRequiredService<SubmissionRateLimiter>());
        builder.Services.AddScoped<ContactSubmission>();
        builder.Services.AddSingleton<ThanksReferenceCookie>();
        builder.Services.AddSingleton<SubmissionDrain>();
        var limits = builder.Configuration.GetSection(ContactRateLimitOptions.SectionName).Get<ContactRateLimitOptions>() ?? new ContactRateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            // The limiter's default rejection is 503, which would tell the person the site is broken.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Where the database is shared, SharedPostLimitMiddleware counts this policy's posts for every instance.
            options.AddPolicy(PostPolicy, http => HttpMethods.IsPost(http.Request.Method) && http.RequestServices.GetService<IRateWindows>() is null
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ClientKey(http),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PostLimit,
                        Window = TimeSpan.FromMinutes(limits.PostWindowMinutes),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    /// <summary>After the in-memory limiter: the shared count of the same policy, where the database is shared.</summary>
    public static WebApplication UseSharedPostLimit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<IRateWindows>() is not null)
        {
            app.UseMiddleware<SharedPostLimitMiddleware>();
        }

        return app;
    }

    /// <summary>The client's address as set by forwarded headers from trusted proxies only.</summary>
    public static string ClientKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
