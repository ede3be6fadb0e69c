using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>One deleted file as the list shows it.</summary>
public sealed record DeletedFileRow(ContentVersion Version, string Title);

/// <summary>
/// Files deleted in the browser and not written again since, each with "Restore": the file is created again from
/// its last text (<see cref="ContentFileHash.Missing"/>), and refused when a file of that name exists meanwhile.
/// </summary>
public sealed class DeletedModel(ContentEditor editor, ContentHistory history, SiteContent content, IOptions<ClinicOptions> clinic) : HistoryPageModel(clinic)
{
    public IReadOnlyList<DeletedFileRow> Files { get; private set; } = [];

    /// <summary>What was just done ("deleted" or "restored") and to which file, for the notice.</summary>
    public (string Done, string Path, string? Address)? Notice { get; private set; }

    /// <summary>Why the restore just asked for did not happen, and the version it was for.</summary>
    public (long VersionId, string Message)? Refusal { get; private set; }

    public async Task OnGetAsync(string? done, string? path, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (done is "deleted" or "restored" && editor.TryResolve(path, out var file, out _))
        {
            Notice = (done, file!.Relative, done == "restored" ? ServedAddress.Of(content, file) : null);
        }
    }

    public async Task<IActionResult> OnPostRestoreAsync(long versionId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var row = Files.FirstOrDefault(f => f.Version.Id == versionId);
        if (row is null || !editor.TryResolve(row.Version.RelativePath, out var file, out _))
        {
            Refusal = (versionId, "That file is no longer in the list of deleted files: it has been restored or written again since. Nothing was changed.");
            return Page();
        }

        switch (await editor.SaveAsync(file!, row.Version.Text, ContentFileHash.Missing, Actor, ContentChange.Restored, cancellationToken))
        {
            case SaveOutcome.Saved:
                return Redirect(DeletedUrl + "?done=restored&path=" + Uri.EscapeDataString(file!.Relative));
            case SaveOutcome.Conflict:
                Refusal = (versionId, $"A file named {file!.Relative} exists again (someone created it since), so nothing was restored and that file is as it was. Open its history to compare this deleted version with it.");
                break;
            case SaveOutcome.Refused refused:
                Refusal = (versionId, refused.Message);
                break;
            case SaveOutcome.Failed failed:
                Refusal = (versionId, failed.Message);
                break;
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var deleted = await history.DeletedAsync(cancellationToken);
        Files = deleted.Select(v => new DeletedFileRow(v, ContentFileFacts.TitleOf(v.Text) ?? v.RelativePath)).ToList();
    }
}
