namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>The articles in the repository's content/articles folder, read from the files themselves.</summary>
public static class RealContent
{
    public static IReadOnlyList<string> ArticleFiles() =>
        Directory.EnumerateFiles(TestPaths.RealArticles, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The slug of each article: the front matter's <c>slug:</c> when given, else the file name.</summary>
    public static IReadOnlyList<string> ArticleSlugs() => ArticleFiles().Select(SlugOf).ToList();

    public static TheoryData<string> ArticleSlugData() => new(ArticleSlugs());

    /// <summary>A one-line front matter value of <paramref name="file"/>, or null when the key is absent.</summary>
    public static string? FrontMatterValue(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        if (lines.Length == 0 || lines[0].TrimStart('\uFEFF').Trim() != "---")
        {
            return null;
        }

        var prefix = key + ":";
        return lines.Skip(1)
            .TakeWhile(l => l.Trim() != "---")
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l[prefix.Length..].Trim().Trim('"', '\''))
            .FirstOrDefault();
    }

    private static string SlugOf(string file) => FrontMatterValue(file, "slug") ?? Path.GetFileNameWithoutExtension(file);
}
