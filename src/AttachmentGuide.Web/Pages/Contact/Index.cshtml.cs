using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Forms;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Contact;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
[RequestSizeLimit(FormBodyLimitMiddleware.MaxFormBytes)]
[RequestFormLimits(ValueCountLimit = 32, KeyLengthLimit = 64, ValueLengthLimit = (int)FormBodyLimitMiddleware.MaxFormBytes)]
public sealed class IndexModel(SiteContent content, ContactSubmission submission, ThanksReferenceCookie thanksReference, SubmissionDrain drain) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    /// <summary>The article the person was reading, when the link named one that exists.</summary>
    public Article? SourceArticle { get; private set; }

    public IReadOnlyList<ContactInputValidator.FieldError> Errors { get; private set; } = [];

    /// <summary>The save failed on our side: the form is shown again with what was typed and the clinic's phone.</summary>
    public bool SaveFailed { get; private set; }

    /// <summary>The site began to stop (a restart) before this form arrived: nothing was saved, the form is shown again.</summary>
    public bool SiteStopping { get; private set; }

    public void OnGet(string? about)
    {
        Input.SubmissionToken = Guid.NewGuid().ToString();
        Input.About = about;
        LoadContext();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        LoadContext();
        if (HttpContext.Features.Get<RemovedNulCharacters>() is { } removed)
        {
            // Nothing is sent: the person checks the text the NUL was taken out of, then sends it.
            Errors = [.. NulErrors(removed), .. ContactInputValidator.CleanAndValidate(Input)];
            return Page();
        }

        using var lease = drain.TryEnter();
        if (lease is null)
        {
            SiteStopping = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
            return Page();
        }

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
            case SubmissionOutcome.SaveFailed:
                SaveFailed = true;
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected submission outcome {outcome}.");
        }
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    private static IEnumerable<ContactInputValidator.FieldError> NulErrors(RemovedNulCharacters removed) =>
        removed.Fields
            .Where(f => f.StartsWith("Input.", StringComparison.Ordinal))
            .Select(f => f["Input.".Length..])
            .Distinct(StringComparer.Ordinal)
            .Select(field => new ContactInputValidator.FieldError(
                field,
                "This held an invisible character (NUL) that cannot be sent. We took it out: check the text, then send the form again"));

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
