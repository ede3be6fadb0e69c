using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>The version and compare pages: one version of a file, the file as it is now, and which version it is.</summary>
public abstract class HistoryVersionPageModel(ContentEditor editor, ContentHistory history, IOptions<ClinicOptions> clinic) : HistoryPageModel(clinic)
{
    public ContentVersion? Version { get; private set; }

    public ContentFilePath? Target { get; private set; }

    /// <summary>The file as on disk now; null when it is deleted.</summary>
    public OpenedFile? Current { get; private set; }

    /// <summary>The version's place in the file's history, counting from 1 for the oldest.</summary>
    public int Number { get; private set; }

    public string? Title { get; private set; }

    /// <summary>True when the file on disk holds exactly this version's text.</summary>
    public bool IsCurrent => Current is not null && Version is not null && Current.Hash == Version.Hash;

    /// <summary>Loads version <paramref name="id"/>; null when it was found, else the page that says it was not.</summary>
    protected async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Version = await history.FindAsync(id, cancellationToken);
        if (Version is null)
        {
            return MissingPage("The history holds no such version.");
        }

        if (!editor.TryResolve(Version.RelativePath, out var file, out var problem))
        {
            return MissingPage(problem!);
        }

        Target = file!;
        Current = await ContentEditor.OpenAsync(Target, cancellationToken);
        var ids = (await history.ListAsync(Target.Relative, cancellationToken)).Select(v => v.Id).ToList();
        Number = ids.Count - ids.IndexOf(Version.Id);
        Title = ContentFileFacts.TitleOf(Current?.Text ?? Version.Text) ?? Target.Relative;
        return null;
    }
}
