using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// One version's full text, and "Restore this version": it is written through <see cref="VersionRestorer"/> against
/// the hash of the file the page showed, so a change made since is a conflict and nothing is lost.
/// </summary>
public sealed class HistoryVersionModel(ContentEditor editor, ContentHistory history, VersionRestorer restorer, IOptions<ClinicOptions> clinic)
    : HistoryVersionPageModel(editor, history, clinic)
{
    /// <summary>Why the restore just asked for did not happen.</summary>
    public string? RestoreProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(long id, string? hash, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var outcome = await restorer.RestoreAsync(Target!, Version!, hash ?? string.Empty, Actor, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                return Redirect(HistoryUrl(Target!) + "&done=restored");
            case SaveOutcome.Conflict:
                // The page is drawn again from the file as it is now, so a second press restores over what is there then, knowingly.
                await LoadAsync(id, cancellationToken);
                RestoreProblem = "The file changed after you opened this page (someone saved it, or it was changed on disk), so nothing was restored. Compare this version with the file as it is now, then restore it again if you still want to.";
                break;
            case SaveOutcome.Refused refused:
                RestoreProblem = refused.Message;
                break;
            case SaveOutcome.Failed failed:
                RestoreProblem = failed.Message;
                break;
        }

        return Page();
    }
}
