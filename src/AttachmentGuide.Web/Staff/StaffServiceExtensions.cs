using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AttachmentGuide.Web.Staff;

public static class StaffServiceExtensions
{
    public const string StaffPathPrefix = "/staff";

    public static WebApplicationBuilder AddStaff(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<ClinicOptions>(builder.Configuration, ClinicOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Clinic:TimeZone is not a known time zone id (e.g. Europe/London)");
        builder.Services.AddValidatedOptions<RetentionOptions>(builder.Configuration, RetentionOptions.SectionName);

        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
        {
            // The cookies that carry a sign-in between the password and the code get the same protection as the session.
            cookies.TwoFactorUserIdCookie!.Configure(o => ProtectCookie(o, "ag-staff-2fa"));
            cookies.TwoFactorRememberMeCookie!.Configure(o => ProtectCookie(o, "ag-staff-2fa-remember"));
        });
        builder.Services.AddValidatedOptions<SetupLinkOptions>(builder.Configuration, SetupLinkOptions.SectionName);
        builder.Services.AddStaffIdentityCore().AddSignInManager().AddDefaultTokenProviders()
            .AddTokenProvider<SetupLinkTokenProvider>(SetupLinkTokenProvider.Name);
        // On the site a password reset happens only through a set-up link, whose lifetime and clock are the site's.
        builder.Services.Configure<IdentityOptions>(o => o.Tokens.PasswordResetTokenProvider = SetupLinkTokenProvider.Name);
        // Check the security stamp on every request, so signing out (which changes the stamp) ends the session at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // The same as ConfigureApplicationCookie, with the clock taken from DI (tests move a fake one).
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<TimeProvider>((options, time) =>
        {
            ProtectCookie(options, "ag-staff");
            options.ExpireTimeSpan = SessionLimits.Idle;
            options.SlidingExpiration = true;
            options.LoginPath = StaffPathPrefix + "/login";
            options.LogoutPath = StaffPathPrefix + "/logout";
            // A signed-in account without the page's role gets a 403 page, not a trip to sign-in.
            options.Events.OnRedirectToAccessDenied = StaffAccessDenied.RefuseAsync;
            var validateStamp = options.Events.OnValidatePrincipal;
            options.Events.OnSigningIn = context => SessionLimits.StampSignInTime(context, time);
            options.Events.OnValidatePrincipal = async context =>
            {
                // Replacing this event would silently drop Identity's security-stamp check: chain it.
                await validateStamp(context);
                if (context.Principal?.Identity?.IsAuthenticated == true)
                {
                    await SessionLimits.EnforceAbsoluteLimit(context, time);
                }
            };
        });
        builder.Services.AddAuthorizationBuilder().AddStaffPolicies();
        // Post-configured: Razor Pages' own options setup replaces the convention collection, which would drop
        // these if AddStaff() ran before AddRazorPages(), and the staff pages would be open to anyone.
        builder.Services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff");
            options.Conventions.AllowAnonymousToPage("/Staff/Login");
            options.Conventions.AllowAnonymousToPage("/Staff/LoginTwoFactor");
            // The person a set-up link is for has no password yet: the link's token is their proof.
            options.Conventions.AllowAnonymousToPage("/Staff/Setup");
            StaffPolicies.ApplyStaffRoleConventions(options.Conventions);
        });
        builder.Services.AddValidatedOptions<SignInThrottleOptions>(builder.Configuration, SignInThrottleOptions.SectionName);
        builder.Services.AddSingleton<SignInThrottle>();
        // PostgreSQL registers the shared store (every instance counts the same guesser); one instance counts in memory.
        builder.Services.TryAddSingleton<ISignInFailureStore, MemorySignInFailureStore>();
        builder.Services.AddSingleton<KnownDevices>();
        builder.Services.AddSingleton<DummyPasswordCheck>();
        builder.Services.AddScoped<TotpReplayGuard>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<StaffRoleChanges>();
        builder.Services.AddScoped<SetupLinks>();
        builder.Services.AddScoped<AuthenticatorSetup>();
        builder.Services.AddScoped<RetentionSweeper>();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }

    /// <summary>HttpOnly, SameSite=Strict, Secure on https (where the name also gets the __Host- prefix).</summary>
    private static void ProtectCookie(CookieAuthenticationOptions options, string name)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.CookieManager = new HostPrefixCookieManager();
    }

    /// <summary>Staff pages are personal: never stored by a browser or proxy cache, never indexed (the editor's preview above all).</summary>
    public static WebApplication UseStaffNoStore(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(StaffPathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    context.Response.Headers["X-Robots-Tag"] = "noindex";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }
}
