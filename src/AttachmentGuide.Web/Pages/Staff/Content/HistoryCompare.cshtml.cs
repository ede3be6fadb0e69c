using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>A line diff of one version against the file as it is now (<see cref="LineDiff"/>), with "Restore this version".</summary>
public sealed class HistoryCompareModel(ContentEditor editor, ContentHistory history, IOptions<ClinicOptions> clinic)
    : HistoryVersionPageModel(editor, history, clinic)
{
    /// <summary>The changed lines with a little context; long unchanged runs folded into one line.</summary>
    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public int Removed { get; private set; }

    public int Added { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var all = LineDiff.Compare(Version!.Text, Current?.Text ?? string.Empty);
        Removed = all.Count(l => l.Kind == DiffLineKind.Removed);
        Added = all.Count(l => l.Kind == DiffLineKind.Added);
        Lines = LineDiff.WithContext(all);
        return Page();
    }
}
