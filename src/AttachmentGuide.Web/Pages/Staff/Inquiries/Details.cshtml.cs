using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Inquiries;

public sealed class DetailsModel(IInquiryStore store, AuditLog audit, IOptions<ClinicOptions> clinic, SiteContent content) : PageModel
{
    public const int NoteMaxLength = 4000;

    public InquiryDetails Inquiry { get; private set; } = null!;

    public ClinicOptions Clinic => clinic.Value;

    /// <summary>The title of the article the person was reading, or null when it is no longer published.</summary>
    public string? SourceTitle => Inquiry.Content.SourceSlug is { } slug && content.Library.TryGet(slug, out var article) ? article.Title : null;

    public IReadOnlyList<string> SafeContact => SafeContactAdvice.For(Inquiry.Content);

    public bool Saved { get; private set; }

    public string? DeleteError { get; private set; }

    public string? NoteError { get; private set; }

    public string? Conflict { get; private set; }

    private string Actor => User.Identity?.Name ?? "unknown";

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } inquiry)
        {
            return NotFound();
        }

        Inquiry = inquiry;
        Saved = saved;
        await audit.RecordAsync(Actor, AuditActions.View, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, int version, string? status, string? note, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } inquiry)
        {
            return NotFound();
        }

        var cleanedNote = AttachmentGuide.Web.Forms.FormText.CleanMultiline(note);
        if (InquiryStatuses.Parse(status) is not { } newStatus)
        {
            return BadRequest();
        }

        if (cleanedNote is { Length: > NoteMaxLength })
        {
            Inquiry = inquiry with { InternalNote = cleanedNote };
            NoteError = $"The note must be {NoteMaxLength:N0} characters or fewer";
            return Page();
        }

        var result = await store.UpdateAsync(id, version, newStatus, cleanedNote, cancellationToken);
        if (result == InquiryUpdateResult.NotFound)
        {
            return NotFound();
        }

        if (result == InquiryUpdateResult.Conflict)
        {
            Inquiry = inquiry;
            Conflict = "Someone else saved a change to this inquiry while you had it open. Their version is shown below: please make your change again.";
            return Page();
        }

        if (newStatus != inquiry.Status)
        {
            await audit.RecordAsync(Actor, AuditActions.StatusChange, id, cancellationToken);
        }

        if (cleanedNote != inquiry.InternalNote)
        {
            await audit.RecordAsync(Actor, AuditActions.NoteChange, id, cancellationToken);
        }

        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string? confirm, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } inquiry)
        {
            return NotFound();
        }

        if (confirm != "yes")
        {
            Inquiry = inquiry;
            DeleteError = "Tick the box to confirm that this inquiry should be erased";
            return Page();
        }

        await store.DeleteAsync(id, cancellationToken);
        await audit.RecordAsync(Actor, AuditActions.Delete, id, cancellationToken);
        return RedirectToPage("/Staff/Inquiries/Index", new { deleted = true });
    }
}
