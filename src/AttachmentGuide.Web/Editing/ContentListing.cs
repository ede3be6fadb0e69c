using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Every Markdown file under <c>articles/</c> and <c>pages/</c>, read from the folder itself (so a file the site does not
/// serve, because of an error or because it is a draft, is listed too), with the problems the site's last load found
/// in it and its last browser edit.
/// </summary>
public sealed class ContentListing(SiteContent content, ContentHistory history, TimeProvider time, IOptions<ClinicOptions> clinic)
{
    /// <summary>A review due within this many days is shown as due soon.</summary>
    public const int ReviewSoonDays = 30;

    private static readonly ArticleParser Parser = ContentParsing.CreateParser();

    public async Task<IReadOnlyList<ContentListRow>> ListAsync(CancellationToken cancellationToken)
    {
        var root = content.ContentPath;
        var problems = content.Problems.ToLookup(d => d.FilePath, StringComparer.Ordinal);
        var edits = await history.LatestPerFileAsync(cancellationToken).ConfigureAwait(false);
        var today = ClinicToday();
        var rows = new List<ContentListRow>();
        foreach (var kind in new[] { ContentKind.Article, ContentKind.Page })
        {
            var folder = Path.Combine(root, ContentFilePath.FolderOf(kind));
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (ContentFilePath.FromFullPath(root, file) is not { } path)
                {
                    continue;
                }

                var found = problems[path.FullPath].ToList();
                var parsed = await ReadAsync(path, today, content.Library.Images, cancellationToken).ConfigureAwait(false);
                edits.TryGetValue(path.Relative, out var edit);
                var errors = Math.Max(found.Count(d => d.IsError), parsed.Errors);
                var due = parsed.Metadata?.ReviewDue;
                var draft = parsed.Metadata?.Draft ?? false;
                var state = errors > 0 ? ContentState.HasErrors
                    : due is { } d1 && d1 < today ? ContentState.ReviewOverdue
                    : due is { } d2 && d2 <= today.AddDays(ReviewSoonDays) ? ContentState.ReviewDueSoon
                    : draft ? ContentState.Draft
                    : ContentState.Published;
                var address = parsed.Slug is null ? null : kind == ContentKind.Article ? SiteUrls.Article(parsed.Slug) : SiteUrls.Page(parsed.Slug);
                rows.Add(new ContentListRow(
                    path.Relative, kind, parsed.Title ?? path.FileSlug, address, state, draft, errors,
                    found.Count(d => !d.IsError), due, edit?.SavedBy, edit?.SavedAt)
                {
                    ReadingAge = parsed.ReadingAge,
                });
            }
        }

        return rows;
    }

    /// <summary>Today in the clinic's time zone, which decides what is overdue.</summary>
    public DateOnly ClinicToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), clinic.Value.Zone).DateTime);

    private sealed record Parsed(string? Title, string? Slug, ArticleMetadata? Metadata, int Errors, int? ReadingAge = null);

    /// <summary>The file's title, slug and dates: a file with an error has no article, so its front matter is read on its own.</summary>
    private static async Task<Parsed> ReadAsync(ContentFilePath path, DateOnly today, AttachmentGuide.Content.Images.ImageCatalog images, CancellationToken cancellationToken)
    {
        if (await ContentEditor.OpenAsync(path, cancellationToken).ConfigureAwait(false) is not { } opened)
        {
            return new Parsed(null, null, null, 0);
        }

        var result = Parser.Parse(path.FullPath, opened.Text, today, images);
        if (result.Article is { } article)
        {
            return new Parsed(article.Title, result.Slug, article.Metadata, result.Diagnostics.Count(d => d.IsError), article.ReadingAge?.Age);
        }

        var fields = ContentFileText.Split(opened.Text).Fields;
        var metadata = new ArticleMetadata(null, null, FrontMatterFieldRules.ParseDate(fields.ReviewDue), null, [], 0, fields.Draft, null);
        return new Parsed(fields.Title, result.Slug, metadata, result.Diagnostics.Count(d => d.IsError));
    }
}
