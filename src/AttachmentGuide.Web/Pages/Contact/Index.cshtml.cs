using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Contact;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
[RequestSizeLimit(FormBodyLimitMiddleware.MaxFormBytes)]
[RequestFormLimits(ValueCountLimit = 32, KeyLengthLimit = 64, ValueLengthLimit = (int)FormBodyLimitMiddleware.MaxFormBytes)]
public sealed class IndexModel(SiteContent content, ContactSubmission submission, ThanksReferenceCookie thanksReference) : PageModel
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
        var outcome = await submission.SubmitAsync(Input, SourceArticle?.Slug, ContactServiceExtensions.ClientKey(HttpContext), cancellationToken);
        switch (outcome)
        {
            case SubmissionOutcome.Thanked thanked:
                thanksReference.Issue(Response, thanked.Reference);
                return SeeOther(ThanksReferenceCookie.ThanksPath);
            case SubmissionOutcome.Invalid invalid:
                Errors = invalid.Errors;
                return Page();
            case SubmissionOutcome.RateLimited:
                return StatusCode(StatusCodes.Status429TooManyRequests);
            default:
                throw new InvalidOperationException($"Unexpected submission outcome {outcome}.");
        }
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    private void LoadContext()
    {
        var library = content.Library;
        Site = library.Site;
        SourceArticle = Input.About is { } slug && library.TryGet(slug, out var article) ? article : null;
        Input.About = SourceArticle?.Slug;
    }

    private StatusCodeResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
