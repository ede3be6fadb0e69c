using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Content;

/// <summary>Finds the content folder, so the site works whether it runs from the repository root, the project folder or its build output.</summary>
public static class ContentFolderLocator
{
    public const string DefaultFolderName = "content";

    /// <summary>
    /// A configured path wins (relative to the working directory). Otherwise the nearest
    /// <c>content/</c> folder holding <c>site.yml</c> or <c>articles/</c>, looking upwards from the
    /// working directory and then from the app's own folder.
    /// </summary>
    public static string Resolve(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultFolderName);
                if (File.Exists(Path.Combine(candidate, ContentLoader.SiteFileName))
                    || Directory.Exists(Path.Combine(candidate, ContentLoader.ArticlesFolder)))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(DefaultFolderName);
    }
}
