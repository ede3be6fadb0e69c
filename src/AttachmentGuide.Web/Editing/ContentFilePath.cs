using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// A content file the browser editor may touch, named by its path under the content folder (<c>articles/grief.md</c>),
/// so that a file whose front matter is broken, and which the site therefore does not serve, can still be opened and
/// mended. Only Markdown files under <c>articles/</c> or <c>pages/</c> qualify: a path that climbs out (<c>..</c>), is
/// absolute, hidden, or names anything else is refused, whatever the form sent.
/// </summary>
public sealed record ContentFilePath
{
    private ContentFilePath(ContentKind kind, string relative, string fullPath)
    {
        Kind = kind;
        Relative = relative;
        FullPath = fullPath;
    }

    public ContentKind Kind { get; }

    /// <summary>The path under the content folder with <c>/</c> separators, as shown to staff and stored in the history.</summary>
    public string Relative { get; }

    public string FullPath { get; }

    /// <summary>The file name without <c>.md</c>: the slug unless the front matter names another.</summary>
    public string FileSlug => Path.GetFileNameWithoutExtension(Relative);

    /// <summary>The longest relative path accepted; real ones are far shorter.</summary>
    public const int MaxLength = 256;

    /// <summary>The file a new article or page with <paramref name="slug"/> is written to.</summary>
    public static ContentFilePath? ForNew(string contentRoot, ContentKind kind, string slug) =>
        ArticleParser.IsValidSlug(slug) ? TryParse(contentRoot, FolderOf(kind) + "/" + slug + ".md", out var path, out _) ? path : null : null;

    /// <summary>Reads a path sent by a form or a link; null, with the reason for staff, when it may not be edited.</summary>
    public static bool TryParse(string contentRoot, string? relative, out ContentFilePath? path, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        path = null;
        problem = Check(relative);
        if (problem is not null)
        {
            return false;
        }

        var segments = relative!.Split('/');
        var kind = segments[0] == ContentLoader.ArticlesFolder ? ContentKind.Article : ContentKind.Page;
        var root = Path.GetFullPath(contentRoot);
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        var folder = Path.Combine(root, segments[0]) + Path.DirectorySeparatorChar;
        // Belt and braces after the segment checks: whatever the text, the result lies inside its folder.
        if (!full.StartsWith(folder, StringComparison.Ordinal))
        {
            problem = "That file is outside the content folder.";
            return false;
        }

        path = new ContentFilePath(kind, relative, full);
        return true;
    }

    public static string FolderOf(ContentKind kind) => kind == ContentKind.Article ? ContentLoader.ArticlesFolder : ContentLoader.PagesFolder;

    /// <summary>The path of <paramref name="fullPath"/> under <paramref name="contentRoot"/>, or null when it is not an editable file.</summary>
    public static ContentFilePath? FromFullPath(string contentRoot, string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(contentRoot), Path.GetFullPath(fullPath)).Replace(Path.DirectorySeparatorChar, '/');
        return TryParse(contentRoot, relative, out var path, out _) ? path : null;
    }

    private static string? Check(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > MaxLength)
        {
            return "No file was named.";
        }

        if (relative.Any(c => char.IsControl(c) || c == '\\' || c == ':'))
        {
            return "That file name holds characters a content file cannot have.";
        }

        var segments = relative.Split('/');
        if (segments.Length < 2 || (segments[0] != ContentLoader.ArticlesFolder && segments[0] != ContentLoader.PagesFolder))
        {
            return "Only files under articles/ or pages/ can be edited here.";
        }

        if (segments.Any(s => s.Length == 0 || s[0] == '.' || s.Trim() != s))
        {
            return "That path names a hidden file or climbs out of its folder.";
        }

        return relative.EndsWith(".md", StringComparison.Ordinal) ? null : "Only Markdown files ending in .md can be edited here.";
    }
}
