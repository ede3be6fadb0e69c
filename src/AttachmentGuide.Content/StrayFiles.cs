using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content;

/// <summary>
/// Names the files in a content folder that the site never reads, so a page saved as <c>about.markdown</c>
/// or into the wrong folder is a warning rather than a silent 404. The images folder is the image
/// pipeline's to check; hidden files (<c>.gitkeep</c>, <c>.DS_Store</c>) are left alone.
/// </summary>
internal static class StrayFiles
{
    /// <summary>The folder of images inside the content folder, which this check leaves to the image pipeline.</summary>
    public const string ImagesFolder = "images";

    public static IEnumerable<Diagnostic> Find(string contentRoot)
    {
        if (!Directory.Exists(contentRoot))
        {
            return [];
        }

        return Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories)
            .Where(path => !IsHidden(contentRoot, path))
            .Select(path => Check(contentRoot, path))
            .OfType<Diagnostic>()
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ToList();
    }

    private static Diagnostic? Check(string contentRoot, string path)
    {
        var relative = Path.GetRelativePath(contentRoot, path);
        var folder = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        var isTopLevel = folder == relative;
        if (isTopLevel)
        {
            return relative == ContentLoader.SiteFileName
                ? null
                : Warning(path, $"the site does not read '{relative}' here: only site.yml belongs at the top of the content folder", "Move articles into articles/ and pages into pages/");
        }

        if (folder is ImagesFolder)
        {
            return null;
        }

        if (folder is not (ContentLoader.ArticlesFolder or ContentLoader.PagesFolder))
        {
            return Warning(path, $"the site does not read the folder '{folder}'", "Move articles into articles/, pages into pages/ and pictures into images/");
        }

        var extension = Path.GetExtension(path);
        if (extension == ".md")
        {
            return null;
        }

        return extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? Warning(path, $"the site reads only files ending in '.md', so '{Path.GetFileName(path)}' is not shown", $"Rename it to {Path.GetFileNameWithoutExtension(path)}.md")
            : Warning(path, $"the site reads only '.md' files in {folder}/, so '{Path.GetFileName(path)}' is not shown", "Save the text as a '.md' file, or move pictures into images/");
    }

    private static bool IsHidden(string contentRoot, string path) =>
        Path.GetRelativePath(contentRoot, path)
            .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part.StartsWith('.'));

    private static Diagnostic Warning(string path, string message, string fix) =>
        new(path, null, null, DiagnosticSeverity.Warning, DiagnosticCodes.IgnoredFile, message, fix);
}
