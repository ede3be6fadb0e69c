using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Puts an earlier version of a file back, through <see cref="ContentEditor.SaveAsync"/> against the hash the page
/// showed (so a change made meanwhile is a conflict, not lost), recorded as <see cref="ContentChange.Restored"/>.
/// </summary>
public sealed class VersionRestorer(ContentEditor editor, ContentHistory history)
{
    /// <summary>Writes <paramref name="version"/>'s text to <paramref name="path"/> when the file still has <paramref name="expectedHash"/>.</summary>
    public async Task<SaveOutcome> RestoreAsync(ContentFilePath path, ContentVersion version, string expectedHash, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(version);
        var text = version.Text;
        if (version.Slug != path.FileSlug)
        {
            // A version from before a rename: restored under the file's name now, with every earlier name the
            // history knows kept as an alias, so no old address stops answering because of the restore.
            var prefix = path.Kind == ContentKind.Article ? SiteUrls.ArticlePrefix : "/";
            var earlier = (await history.ListAsync(path.Relative, cancellationToken).ConfigureAwait(false))
                .Select(v => v.Slug).Where(s => s != path.FileSlug).Distinct(StringComparer.Ordinal);
            foreach (var slug in earlier)
            {
                var rewritten = RenameRewrite.Apply(text, slug, path.FileSlug, prefix);
                if (rewritten.Text is null)
                {
                    return new SaveOutcome.Refused(rewritten.Problem!);
                }

                text = rewritten.Text;
            }
        }

        return await editor.SaveAsync(path, text, expectedHash, actor, ContentChange.Restored, cancellationToken).ConfigureAwait(false);
    }
}
