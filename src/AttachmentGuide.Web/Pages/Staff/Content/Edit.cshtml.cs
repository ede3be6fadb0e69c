using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Forms;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// Edits one content file: its front matter as fields, its body as Markdown, a preview drawn by the public page's own
/// partials with every diagnostic beside it, and saves that refuse to overwrite a file changed since it was opened
/// (the conflict view shows both). Whatever goes wrong, what was typed comes back in the form.
/// </summary>
[PutBackWithoutAntiforgery]
public sealed class EditModel(ContentEditor editor, ContentPreviewer previewer, ContentListing listing, IOptions<EditingOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "path")]
    public string? RequestedPath { get; set; }

    [BindProperty]
    public FrontMatterFields Input { get; set; } = new();

    [BindProperty]
    public string? Body { get; set; }

    /// <summary>The hash of the file as the form opened it.</summary>
    [BindProperty]
    public string? Hash { get; set; }

    /// <summary>In the conflict view: the hash of the file on disk now, which "keep mine" saves over.</summary>
    [BindProperty]
    public string? TheirHash { get; set; }

    public ContentFilePath Target { get; private set; } = null!;

    public ContentPreview? Preview { get; private set; }

    /// <summary>Problems by field name (<c>Title</c>, <c>Body</c>…), shown beside each field and in the summary.</summary>
    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Why nothing was saved, when it is not one field's fault (a read-only folder, a full disk).</summary>
    public string? Failure { get; private set; }

    /// <summary>True when a save was refused because the text has errors and is not a draft.</summary>
    public bool OnlyAsDraft { get; private set; }

    /// <summary>What was just done, after the redirect: <c>saved</c>, <c>reviewed</c> or <c>created</c>.</summary>
    public string? Done { get; private set; }

    public bool Conflict { get; private set; }

    /// <summary>True when the form holds text brought back from the session-ended page, not saved yet.</summary>
    public bool PutBack { get; private set; }

    /// <summary>The file on disk now, in the conflict view; null when it was deleted meanwhile.</summary>
    public string? TheirText { get; private set; }

    /// <summary>The file as the form would write it, shown beside <see cref="TheirText"/>.</summary>
    public string MyText { get; private set; } = string.Empty;

    /// <summary>The months "Mark as reviewed" looks ahead.</summary>
    public int ReviewPeriodMonths => options.Value.ReviewPeriodMonths;

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (!Resolve())
        {
            return BadRequest();
        }

        if (await ContentEditor.OpenAsync(Target, cancellationToken) is not { } opened)
        {
            return NotFound();
        }

        var parts = ContentFileText.Split(opened.Text);
        Input = parts.Fields;
        Body = parts.Body;
        Hash = opened.Hash;
        Done = done is "saved" or "reviewed" or "created" ? done : null;
        Preview = previewer.Preview(Target, Input, Body);
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        if (!Resolve())
        {
            return BadRequest();
        }

        Check();
        Preview = previewer.Preview(Target, Input, Body);
        return Page();
    }

    /// <summary>
    /// The text from the session-ended page, back in the editor and written nowhere. The hash it carries is the one the
    /// form opened, so a save after it still refuses to overwrite a file changed meanwhile.
    /// </summary>
    public IActionResult OnPostPutBack()
    {
        if (!Resolve())
        {
            return BadRequest();
        }

        Check();
        PutBack = true;
        Preview = previewer.Preview(Target, Input, Body);
        return Page();
    }

    /// <summary>The preview alone, for editor.js as the person types.</summary>
    public IActionResult OnPostLivePreview()
    {
        if (!Resolve())
        {
            return BadRequest();
        }

        return Partial("_EditorPreview", previewer.Preview(Target, Input, Body));
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(Hash, ContentChange.Saved, "saved", cancellationToken);

    public Task<IActionResult> OnPostSaveDraftAsync(CancellationToken cancellationToken)
    {
        Input.Draft = true;
        return SaveAsync(Hash, ContentChange.Saved, "saved", cancellationToken);
    }

    /// <summary>From the conflict view: saves what was typed over the version on disk now, which the person has seen.</summary>
    public Task<IActionResult> OnPostKeepMineAsync(CancellationToken cancellationToken) => SaveAsync(TheirHash, ContentChange.Saved, "saved", cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var today = listing.ClinicToday();
        Input.Reviewed = YamlScalars.Date(today);
        Input.ReviewDue = YamlScalars.Date(today.AddMonths(ReviewPeriodMonths));
        return SaveAsync(Hash, ContentChange.Reviewed, "reviewed", cancellationToken);
    }

    /// <summary>Link for "take theirs" and after a save: the file as it is on disk now.</summary>
    public string EditUrl(string? done = null) =>
        "/staff/content/edit?path=" + Uri.EscapeDataString(Target.Relative) + (done is null ? string.Empty : "&done=" + done);

    /// <summary>Where the site serves what the preview shows, or null when it would not be served (an error, or a draft).</summary>
    public string? PublicAddress =>
        Preview?.Shown is { Metadata.Draft: false } shown ? (Target.Kind == ContentKind.Article ? SiteUrls.Article(shown.Slug) : SiteUrls.Page(shown.Slug)) : null;

    private async Task<IActionResult> SaveAsync(string? expectedHash, string change, string done, CancellationToken cancellationToken)
    {
        if (!Resolve())
        {
            return BadRequest();
        }

        Check();
        var text = ContentFileText.Compose(Input, Body);
        MyText = text;
        Preview = previewer.Preview(Target, text, ContentFileText.BodyFirstLine(Input));
        if (Errors.Count > 0)
        {
            return Page();
        }

        if (ContentTextRules.Problem(text) is { } tooMuch)
        {
            Errors[nameof(Body)] = tooMuch;
            return Page();
        }

        if (Preview.HasErrors && !Input.Draft)
        {
            OnlyAsDraft = true;
            return Page();
        }

        var actor = User.Identity?.Name ?? AuditLog.UnknownAccount;
        var outcome = await editor.SaveAsync(Target, text, expectedHash ?? string.Empty, actor, change, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                return Redirect(EditUrl(done));
            case SaveOutcome.Conflict conflict:
                Conflict = true;
                TheirText = conflict.CurrentText;
                TheirHash = conflict.CurrentHash;
                return Page();
            case SaveOutcome.Refused refused:
                Errors[nameof(Body)] = refused.Message;
                return Page();
            case SaveOutcome.Failed failed:
                Failure = failed.Message;
                return Page();
            default:
                throw new InvalidOperationException("Unknown save outcome " + outcome.GetType().Name);
        }
    }

    private bool Resolve()
    {
        if (!editor.TryResolve(RequestedPath, out var path, out _))
        {
            return false;
        }

        Target = path!;
        return true;
    }

    /// <summary>The fields' own rules, and any field that held a NUL (taken out before the form was read).</summary>
    private void Check()
    {
        Errors = FrontMatterFieldRules.Check(Input);
        foreach (var field in HttpContext.Features.Get<RemovedNulCharacters>()?.Fields ?? [])
        {
            var name = field.StartsWith("Input.", StringComparison.Ordinal) ? field["Input.".Length..] : field;
            Errors[name] = "This held an invisible NUL character, which was taken out. Check the text here, then save again.";
        }

        if (ContentTextRules.Problem(Body ?? string.Empty) is { } problem)
        {
            Errors[nameof(Body)] = problem;
        }
    }
}
