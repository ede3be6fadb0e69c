using AttachmentGuide.Content;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Whether an article or page may take a new address: a well-formed slug, not one the site keeps for itself, and not
/// already answered by another file, either as its address or as one of its old addresses (aliases).
/// </summary>
public static class NewSlugCheck
{
    /// <summary>
    /// Null when <paramref name="slug"/> is free for <paramref name="self"/> (the file being renamed, which answers at
    /// <paramref name="selfAddress"/>; both null for a new file), else why not, in words for staff.
    /// </summary>
    public static string? Problem(ContentKind kind, string? slug, ContentLibrary library, string contentRoot, ContentFilePath? self, string? selfAddress)
    {
        ArgumentNullException.ThrowIfNull(library);
        slug = slug?.Trim();
        if (string.IsNullOrEmpty(slug))
        {
            return "Enter the new address: lowercase letters, digits and hyphens, like coping-with-grief.";
        }

        if (!ArticleParser.IsValidSlug(slug))
        {
            return $"'{slug}' cannot be a web address. Use lowercase letters, digits and single hyphens only, like coping-with-grief (no spaces, slashes or dots).";
        }

        var address = AddressOf(kind, slug);
        if (kind == ContentKind.Page && SiteUrls.ReservedPageSlugs.Contains(slug, StringComparer.OrdinalIgnoreCase))
        {
            return $"{address} is an address the site uses itself, so a page cannot have it. Choose another.";
        }

        if (ContentFilePath.ForNew(contentRoot, kind, slug) is not { } file)
        {
            return $"'{slug}' cannot be a file name.";
        }

        if (file == self || address == selfAddress)
        {
            return $"That is already its address ({address}). Type the new one.";
        }

        var servedByAnother = kind == ContentKind.Article
            ? library.TryGet(slug, out var article) && article.SourcePath != self?.FullPath
            : library.TryGetPage(slug, out var page) && page.SourcePath != self?.FullPath;
        if (File.Exists(file.FullPath) || servedByAnother)
        {
            return $"{address} is taken: another {(kind == ContentKind.Article ? "article" : "page")} has it. Choose another address.";
        }

        if (library.TryGetRedirect(address, out var target) && target != selfAddress)
        {
            return $"{address} is taken: it is an old address of {target}, and readers who follow it are sent there. Choose another address.";
        }

        return null;
    }

    public static string AddressOf(ContentKind kind, string slug) => kind == ContentKind.Article ? SiteUrls.Article(slug) : SiteUrls.Page(slug);
}
