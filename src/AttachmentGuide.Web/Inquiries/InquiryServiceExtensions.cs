namespace AttachmentGuide.Web.Inquiries;

public static class InquiryServiceExtensions
{
    /// <summary>The inquiry store; the database under it comes from <c>AddSiteDatabase</c>.</summary>
    public static WebApplicationBuilder AddInquiries(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IInquiryStore, EfInquiryStore>();
        builder.Services.AddScoped<InboxCounts>();
        return builder;
    }
}
