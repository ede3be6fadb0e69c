using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// Starts a new article or page: a title, and a slug proposed from it (the page's script fills it in as the title is
/// typed; the server proposes one when it is left empty). A slug that is not an address, already taken, or one of the
/// site's own addresses is refused with the reason. The file is created as a draft and opened in the editor.
/// </summary>
[PutBackWithoutAntiforgery]
public sealed class NewModel(ContentEditor editor, SiteContent content) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    // Named as the shared field partial names its inputs.
    [BindProperty(Name = "Input.Title")]
    public string? Title { get; set; }

    [BindProperty(Name = "Input.Slug")]
    public string? Slug { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public ContentKind ChosenKind => Kind == "page" ? ContentKind.Page : ContentKind.Article;

    /// <summary>True when the fields hold what was typed before the session ended (see the session-ended page).</summary>
    public bool PutBack { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The title and slug from the session-ended page, back in the form; nothing is created.</summary>
    public void OnPostPutBack() => PutBack = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var title = Forms.FormText.CleanLine(Title);
        Title = title;
        if (title is null)
        {
            Errors[nameof(Title)] = "Enter a title.";
        }

        var slug = Forms.FormText.CleanLine(Slug) ?? (title is null ? null : ArticleParser.ProposeSlug(title));
        Slug = slug;
        if (title is not null && SlugProblem(slug) is { } problem)
        {
            Errors[nameof(Slug)] = problem;
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var path = ContentFilePath.ForNew(editor.ContentRoot, ChosenKind, slug!)!;
        var fields = new FrontMatterFields { Title = title, Draft = true };
        var text = ContentFileText.Compose(fields, "## A first heading\n\nWrite here.");
        var actor = User.Identity?.Name ?? AuditLog.UnknownAccount;
        switch (await editor.SaveAsync(path, text, ContentFileHash.Missing, actor, ContentChange.Created, cancellationToken))
        {
            case SaveOutcome.Saved:
                return Redirect("/staff/content/edit?path=" + Uri.EscapeDataString(path.Relative) + "&done=created");
            case SaveOutcome.Conflict:
                Errors[nameof(Slug)] = $"There is already a file {path.Relative}. Choose another slug.";
                return Page();
            case SaveOutcome.Refused refused:
                Errors[nameof(Title)] = refused.Message;
                return Page();
            case SaveOutcome.Failed failed:
                Errors[nameof(Slug)] = failed.Message;
                return Page();
            default:
                throw new InvalidOperationException("Unknown save outcome");
        }
    }

    /// <summary>Why <paramref name="slug"/> cannot be the new file's address, or null when it can.</summary>
    private string? SlugProblem(string? slug)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return "The title has no letters or digits to make an address of. Type a slug: lowercase letters, digits and hyphens, like coping-with-grief.";
        }

        if (!ArticleParser.IsValidSlug(slug) || slug.Length > 100)
        {
            return "A slug may hold only lowercase letters, digits and single hyphens between them (no spaces, dots or slashes), like coping-with-grief.";
        }

        var library = content.Library;
        if (ChosenKind == ContentKind.Page && ContentParsing.ParserOptions.ReservedPageSlugs.Contains(slug))
        {
            return $"The site uses the address /{slug} itself, so a page cannot have it. Choose another slug.";
        }

        var address = ChosenKind == ContentKind.Article ? SiteUrls.Article(slug) : SiteUrls.Page(slug);
        var taken = ChosenKind == ContentKind.Article ? library.TryGet(slug, out _) : library.TryGetPage(slug, out _);
        var path = ContentFilePath.ForNew(editor.ContentRoot, ChosenKind, slug);
        if (taken || path is null || System.IO.File.Exists(path.FullPath))
        {
            return $"The address {address} is already taken by another {(ChosenKind == ContentKind.Article ? "article" : "page")}. Choose another slug.";
        }

        if (library.TryGetRedirect(address, out var target))
        {
            return $"The address {address} is an earlier address of {target}, which it redirects to. Choose another slug.";
        }

        return null;
    }
}
