using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using AttachmentGuide.Web.Data;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The site on the real content, in Development, with its own database and every log event captured.
/// TestServer gives no client address, so every client shares one rate-limit partition: the limits
/// are raised unless a test sets its own.
/// </summary>
public class ContactSiteFactory : SiteFactory
{
    private readonly Dictionary<string, string> _settings = new(RaisedRateLimits.Settings, StringComparer.Ordinal)
    {
        // TestServer cannot enforce [RequestSizeLimit] and says so on every POST.
        [$"Serilog:MinimumLevel:Override:{RoutingMiddleware}"] = "Error",
        [$"Serilog:MinimumLevel:Override:{SizeLimitFilter}"] = "Error",
    };

    public const string RoutingMiddleware = "Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware";
    public const string SizeLimitFilter = "Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter";

    public ContactSiteFactory()
        : this([])
    {
    }

    protected ContactSiteFactory(IEnumerable<KeyValuePair<string, string>> settings)
        : base(TestPaths.RealContent, "Development")
    {
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>Every log event this host wrote at or above the configured level.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>A host of its own with <paramref name="settings"/> on top of the raised limits.</summary>
    public static ContactSiteFactory WithSettings(params (string Key, string Value)[] settings) =>
        new(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)));

    /// <summary>The number of rows in the Inquiries table now.</summary>
    public int InquiryCount() => InquiryTable.Count(this);

    /// <summary>The stored row for the form with <paramref name="submissionToken"/>, or null.</summary>
    public InquiryRow? InquiryFor(string? submissionToken) => InquiryTable.ForToken(this, submissionToken, Reveal);

    /// <summary>Every stored row, personal fields decrypted.</summary>
    public IReadOnlyList<InquiryRow> Inquiries() => InquiryTable.ReadAll(this, Reveal);

    /// <summary>Decrypts a personal column with this host's own key ring, as the staff pages do.</summary>
    public string? Reveal(string? stored) => Services.GetRequiredService<PersonalFieldProtector>().Unprotect(stored);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}
