using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Editing;

/// <summary>Where the running site serves a content file now, if it serves it at all (a draft or a file with errors it does not).</summary>
public static class ServedAddress
{
    public static string? Of(SiteContent content, ContentFilePath path)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(path);
        var library = content.Library;
        if (path.Kind == ContentKind.Article)
        {
            var article = library.All.FirstOrDefault(a => a.SourcePath == path.FullPath);
            return article is null ? null : SiteUrls.Article(article.Slug);
        }

        var page = library.Pages.FirstOrDefault(p => p.SourcePath == path.FullPath);
        return page is null ? null : SiteUrls.Page(page.Slug);
    }
}
