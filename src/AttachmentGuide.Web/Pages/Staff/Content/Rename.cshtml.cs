using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// Gives an article or page a new address (<see cref="ContentRenamer"/>): the file moves to the new name and its old
/// address becomes an alias that answers 301. A refused address is a field error with what was typed kept.
/// </summary>
[PutBackWithoutAntiforgery]
public sealed class RenameModel(ContentEditor editor, ContentRenamer renamer, IOptions<ClinicOptions> clinic) : HistoryPageModel(clinic)
{
    public ContentFilePath? Target { get; private set; }

    public string? Title { get; private set; }

    /// <summary>The slug the file answers at now.</summary>
    public string CurrentSlug { get; private set; } = string.Empty;

    public string CurrentAddress => NewSlugCheck.AddressOf(Target!.Kind, CurrentSlug);

    public string AddressPrefix => Target!.Kind == ContentKind.Article ? SiteUrls.ArticlePrefix : "/";

    /// <summary>The hash of the file this form opened; the rename is refused if the file changed since.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>The new slug as typed.</summary>
    public string? Slug { get; private set; }

    public string? SlugError { get; private set; }

    /// <summary>A problem with the whole rename, not the address typed (a conflict, a disk that refused).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken cancellationToken) =>
        await LoadAsync(path, cancellationToken) ?? Page();

    /// <summary>True when the form holds the address typed before the session ended (see the session-ended page).</summary>
    public bool PutBack { get; private set; }

    /// <summary>
    /// The address from the session-ended page, back in the form; nothing is renamed. The form keeps the hash it
    /// opened with, so renaming after it still refuses a file changed meanwhile.
    /// </summary>
    public async Task<IActionResult> OnPostPutBackAsync(string? path, string? hash, string? slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(path, cancellationToken) is { } missing)
        {
            return missing;
        }

        Hash = hash ?? string.Empty;
        Slug = slug ?? string.Empty;
        PutBack = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? path, string? hash, string? slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(path, cancellationToken) is { } missing)
        {
            return missing;
        }

        Slug = slug ?? string.Empty;
        var oldSlug = CurrentSlug;
        var result = await renamer.RenameAsync(Target!, slug, hash ?? string.Empty, Actor, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect(HistoryUrl(result.NewPath!) + "&done=renamed&from=" + Uri.EscapeDataString(oldSlug));
            case SaveOutcome.Refused refused:
                SlugError = refused.Message;
                break;
            case SaveOutcome.Conflict:
                // The form now carries the file as it is, so renaming again moves that text, knowingly.
                Problem = "The file changed after you opened this page (someone saved it, or it was changed on disk), so it was not renamed. Check the new address below and rename again.";
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
            return MissingPage($"There is no file {Target.Relative} to rename. It may have been deleted or renamed already.");
        }

        Hash = opened.Hash;
        Title = ContentFileFacts.TitleOf(opened.Text) ?? Target.Relative;
        CurrentSlug = renamer.CurrentSlugOf(Target, opened.Text);
        return null;
    }
}
