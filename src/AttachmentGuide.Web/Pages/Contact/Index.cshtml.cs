using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Inquiries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Contact;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
[RequestSizeLimit(FormBodyLimitMiddleware.MaxFormBytes)]
[RequestFormLimits(ValueCountLimit = 32, KeyLengthLimit = 64, ValueLengthLimit = (int)FormBodyLimitMiddleware.MaxFormBytes)]
public sealed partial class IndexModel(
    SiteContent content,
    IInquiryStore store,
    SubmissionRateLimiter limiter,
    ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    /// <summary>The article the person was reading, when the link named one that exists.</summary>
    public Article? SourceArticle { get; private set; }

    public IReadOnlyList<ContactInputValidator.FieldError> Errors { get; private set; } = [];

    public void OnGet(string? about)
    {
        Input.SubmissionToken = Guid.NewGuid().ToString();
        Input.About = about;
        LoadContext();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        LoadContext();
        if (!string.IsNullOrEmpty(Input.Website))
        {
            // Looks like success to the bot; nothing is stored.
            LogSpamDropped(logger);
            return SeeOther(ThanksUrl(InquiryReference.Create()));
        }

        Errors = ContactInputValidator.CleanAndValidate(Input);
        if (Errors.Count > 0)
        {
            var fields = string.Join(", ", Errors.Select(e => e.Field).Distinct());
            LogValidationFailed(logger, fields);
            return Page();
        }

        var token = Guid.TryParse(Input.SubmissionToken, out var parsed) ? parsed : Guid.NewGuid();

        // A refresh or double click of a form already stored answers with its reference and uses no permit.
        if (await store.FindBySubmissionTokenAsync(token, cancellationToken) is { } earlier)
        {
            LogRepeatedSubmission(logger, earlier.Id);
            return SeeOther(ThanksUrl(earlier.Reference));
        }

        if (!limiter.TryAcquire(ContactServiceExtensions.ClientKey(HttpContext)))
        {
            LogRateLimited(logger);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var stored = await store.SaveAsync(ContactInputValidator.ToInquiry(Input, token, SourceArticle?.Slug), cancellationToken);
        if (stored.Created)
        {
            LogInquiryReceived(logger, stored.Id, SourceArticle?.Slug ?? "(none)");
        }
        else
        {
            LogRepeatedSubmission(logger, stored.Id);
        }

        return SeeOther(ThanksUrl(stored.Reference));
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    private void LoadContext()
    {
        var library = content.Library;
        Site = library.Site;
        SourceArticle = Input.About is { } slug && library.TryGet(slug, out var article) ? article : null;
        Input.About = SourceArticle?.Slug;
    }

    private string ThanksUrl(string reference) => Url.Page("/Contact/Thanks", new { reference })!;

    private StatusCodeResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry {InquiryId} received from article {SourceSlug}")]
    private static partial void LogInquiryReceived(ILogger logger, Guid inquiryId, string sourceSlug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated submission of inquiry {InquiryId}; nothing new stored")]
    private static partial void LogRepeatedSubmission(ILogger logger, Guid inquiryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact form returned for correction; fields: {Fields}")]
    private static partial void LogValidationFailed(ILogger logger, string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a spam submission (honeypot field filled)")]
    private static partial void LogSpamDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact form submission refused: rate limit reached")]
    private static partial void LogRateLimited(ILogger logger);
}
