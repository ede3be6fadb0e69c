using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content;

/// <summary>
/// Turns the <c>aliases:</c> of the served articles and pages into the site's permanent redirects, old address to
/// current address. An alias that cannot be one of this site's addresses, or that another file already answers
/// at, is an error and is dropped; the file itself is still served.
/// </summary>
internal static class AliasRules
{
    /// <summary>Every good alias (a local path) and the local path it redirects to.</summary>
    public static Dictionary<string, string> Resolve(
        IReadOnlyList<Article> articles, IReadOnlyList<Article> pages, ArticleParserOptions options, List<Diagnostic> diagnostics)
    {
        var prefix = options.ArticleUrlPrefix;
        var owners = new Dictionary<string, (string File, bool IsAlias)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            owners.TryAdd(prefix + article.Slug, (article.SourcePath, false));
        }

        foreach (var page in pages)
        {
            owners.TryAdd("/" + page.Slug, (page.SourcePath, false));
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimants = articles.Select(a => (Article: a, Prefix: prefix))
            .Concat(pages.Select(p => (Article: p, Prefix: "/")))
            .OrderBy(c => c.Article.SourcePath, StringComparer.Ordinal);
        foreach (var (article, ownPrefix) in claimants)
        {
            var target = ownPrefix + article.Slug;
            foreach (var alias in article.Metadata.Aliases)
            {
                var path = AddressOf(alias, ownPrefix, options);
                var line = article.Metadata.AliasesLine;
                if (path is null || path == target)
                {
                    diagnostics.Add(new Diagnostic(
                        article.SourcePath, line, line is null ? null : 1, DiagnosticSeverity.Error, DiagnosticCodes.InvalidAlias,
                        path is null
                            ? $"the alias '{alias}' cannot be an address of this site, so it is dropped"
                            : $"the alias '{alias}' is the file's own address, so it is dropped",
                        ownPrefix == "/"
                            ? "Write a page's old address as 'old-name' or '/old-name' (lowercase letters, digits, hyphens), not one the site uses itself"
                            : $"Write an article's old address as 'old-name' or '{prefix}old-name' (lowercase letters, digits, hyphens)"));
                    continue;
                }

                if (owners.TryGetValue(path, out var owner))
                {
                    if (owner.File != article.SourcePath)
                    {
                        diagnostics.Add(new Diagnostic(
                            article.SourcePath, line, line is null ? null : 1, DiagnosticSeverity.Error, DiagnosticCodes.AliasCollision,
                            $"the alias '{alias}' ({path}) is already {(owner.IsAlias ? "an alias" : "the address")} of {Path.GetFileName(owner.File)} ({owner.File}), so it is dropped",
                            "Remove the alias from one of the two files: an old address can lead to one place only"));
                    }

                    continue;
                }

                owners[path] = (article.SourcePath, true);
                redirects[path] = target;
            }
        }

        return redirects;
    }

    // Only a plain slug, or a slug under the file's own prefix, makes an address: nothing with '..', a query, a
    // scheme or another folder can, so a redirect never leads off this site or into its reserved paths.
    private static string? AddressOf(string alias, string ownPrefix, ArticleParserOptions options)
    {
        var slug = alias.StartsWith(ownPrefix, StringComparison.Ordinal) ? alias[ownPrefix.Length..] : alias;
        if (!SlugRules.IsValid(slug))
        {
            return null;
        }

        return ownPrefix == "/" && options.ReservedPageSlugs.Contains(slug) ? null : ownPrefix + slug;
    }
}
