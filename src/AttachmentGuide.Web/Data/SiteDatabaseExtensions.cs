using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

public static class InquiryServiceExtensions
{
    public static WebApplicationBuilder AddInquiries(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = InquiryDatabase.ResolveConnectionString(builder.Configuration);
        builder.Services.AddSingleton(new InquiryConnectionString(connectionString));
        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddDbContext<InquiryDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(services.GetRequiredService<SqlitePragmaInterceptor>()));
        builder.Services.AddSingleton<InquiryWriteGate>();
        builder.Services.AddSingleton<InquiryProtector>();
        builder.Services.AddScoped<IInquiryStore, EfInquiryStore>();
        return builder;
    }

    /// <summary>Makes the database ready before the site listens (see <see cref="InquiryDatabaseStartup"/>).</summary>
    public static WebApplication PrepareInquiryDatabase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        InquiryDatabaseStartup.Prepare(app.Services);
        return app;
    }
}
