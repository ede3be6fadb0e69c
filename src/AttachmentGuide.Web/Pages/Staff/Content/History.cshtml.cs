using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>Every version of one file, newest first, each with who, when and what change, and links to view and compare it.</summary>
public sealed class HistoryModel(ContentEditor editor, ContentHistory history, SiteContent content, IOptions<ClinicOptions> clinic) : HistoryPageModel(clinic)
{
    public ContentFilePath? Target { get; private set; }

    public string? Title { get; private set; }

    /// <summary>The file as on disk now; null when it is deleted.</summary>
    public OpenedFile? Current { get; private set; }

    public string? Address { get; private set; }

    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    /// <summary>True when the file on disk is not the newest version here: it was changed outside the browser since.</summary>
    public bool ChangedOutside { get; private set; }

    /// <summary>What the page that sent the person here just did: "renamed" or "restored".</summary>
    public string? Done { get; private set; }

    /// <summary>After a rename, the address the file had before, which now sends readers on.</summary>
    public string? OldAddress { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? path, string? done, string? from, CancellationToken cancellationToken)
    {
        if (!editor.TryResolve(path, out var file, out var problem))
        {
            return MissingPage(problem!);
        }

        Target = file!;
        Current = await ContentEditor.OpenAsync(Target, cancellationToken);
        Versions = await history.ListAsync(Target.Relative, cancellationToken);
        if (Current is null && Versions.Count == 0)
        {
            return MissingPage($"There is no file {Target.Relative}, and the history holds no version of one.");
        }

        Title = Current is not null ? ContentFileFacts.TitleOf(Current.Text) : null;
        if (Title is null && Versions.Count > 0 && await history.FindAsync(Versions[0].Id, cancellationToken) is { } newest)
        {
            Title = ContentFileFacts.TitleOf(newest.Text);
        }

        Address = ServedAddress.Of(content, Target);
        ChangedOutside = Current is not null && Versions.Count > 0 && Versions[0].Hash != Current.Hash;
        Done = done is "renamed" or "restored" ? done : null;
        OldAddress = Done == "renamed" && from is not null && ArticleParser.IsValidSlug(from) ? NewSlugCheck.AddressOf(Target.Kind, from) : null;
        return Page();
    }
}
