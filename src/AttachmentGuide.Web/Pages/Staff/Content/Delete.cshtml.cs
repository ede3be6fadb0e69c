using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// Asks before deleting a file, then deletes it against the hash the page opened (<see cref="ContentEditor.DeleteAsync"/>):
/// its last text stays in the history, so it can be restored from the deleted files.
/// </summary>
public sealed class DeleteModel(ContentEditor editor, SiteContent content, IOptions<ClinicOptions> clinic) : HistoryPageModel(clinic)
{
    public ContentFilePath? Target { get; private set; }

    public string? Title { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The hash of the file this page showed; the deletion is refused if the file changed since.</summary>
    public string Hash { get; private set; } = string.Empty;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken cancellationToken) =>
        await LoadAsync(path, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? path, string? hash, CancellationToken cancellationToken)
    {
        if (await LoadAsync(path, cancellationToken) is { } missing)
        {
            return missing;
        }

        switch (await editor.DeleteAsync(Target!, hash ?? string.Empty, Actor, cancellationToken))
        {
            case SaveOutcome.Saved:
                return Redirect(DeletedUrl + "?done=deleted&path=" + Uri.EscapeDataString(Target!.Relative));
            case SaveOutcome.Conflict:
                // The page now shows, and its form carries, the file as it is: deleting again deletes that, knowingly.
                Problem = "The file changed after you opened this page (someone saved it, or it was changed on disk), so nothing was deleted. Look at its history to see what changed, then delete it again if you still want to.";
                break;
            case SaveOutcome.Refused refused:
                Problem = refused.Message;
                break;
            case SaveOutcome.Failed failed:
                Problem = failed.Message;
                break;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string? path, CancellationToken cancellationToken)
    {
        if (!editor.TryResolve(path, out var file, out var problem))
        {
            return MissingPage(problem!);
        }

        Target = file!;
        if (await ContentEditor.OpenAsync(Target, cancellationToken) is not { } opened)
        {
            return MissingPage($"There is no file {Target.Relative} to delete. It may have been deleted already: see the deleted files.");
        }

        Hash = opened.Hash;
        Title = ContentFileFacts.TitleOf(opened.Text) ?? Target.Relative;
        Address = ServedAddress.Of(content, Target);
        return null;
    }
}
