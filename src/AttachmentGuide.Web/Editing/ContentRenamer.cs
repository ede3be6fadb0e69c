using System.Text;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Editing;

/// <summary>What became of a rename: the outcome, and on success the file's new path.</summary>
public sealed record RenameResult(SaveOutcome Outcome, ContentFilePath? NewPath);

/// <summary>
/// Moves an article or page to a new slug: the text, with the old slug added to its <c>aliases</c>
/// (<see cref="RenameRewrite"/>) so the old address answers 301, is written atomically under the new name, the old
/// file is removed, and the file's history moves with it. Refused as a conflict when the file changed since the form
/// opened it, like any other change.
/// </summary>
public sealed partial class ContentRenamer(
    SiteContent content,
    ContentHistory history,
    ContentWriteLock writeLock,
    ContentReloader reloader,
    ContentFileWriter writer,
    AuditLog audit,
    TimeProvider time,
    ILogger<ContentRenamer> logger)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Renames are rare; one parser, built on first use, reads the text before and after each one.
    private static readonly Lazy<ArticleParser> Parser = new(ContentParsing.CreateParser);

    /// <summary>The slug the file answers at now: its <c>slug:</c> when it has one, else its file name.</summary>
    public string CurrentSlugOf(ContentFilePath path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parser.Value.Parse(path.FullPath, text, Today).Slug ?? path.FileSlug;
    }

    public async Task<RenameResult> RenameAsync(ContentFilePath path, string? newSlug, string expectedHash, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ContentFilePath target;
        string text;
        string hash;
        long versionId;
        using (await writeLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var opened = await ContentEditor.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            if (opened is null || opened.Hash != expectedHash)
            {
                return new RenameResult(new SaveOutcome.Conflict(opened?.Text, opened?.Hash ?? ContentFileHash.Missing), null);
            }

            var before = Parser.Value.Parse(path.FullPath, opened.Text, Today);
            var oldSlug = before.Slug ?? path.FileSlug;
            var problem = NewSlugCheck.Problem(path.Kind, newSlug, content.Library, content.ContentPath, path, NewSlugCheck.AddressOf(path.Kind, oldSlug));
            if (problem is not null)
            {
                return Refused(problem);
            }

            newSlug = newSlug!.Trim();
            target = ContentFilePath.ForNew(content.ContentPath, path.Kind, newSlug)!;
            var prefix = path.Kind == ContentKind.Article ? SiteUrls.ArticlePrefix : "/";
            var rewritten = RenameRewrite.Apply(opened.Text, oldSlug, newSlug, prefix);
            if (rewritten.Text is null)
            {
                return Refused(rewritten.Problem!);
            }

            if (ReadsWrongly(before, target, rewritten.Text, oldSlug, newSlug, prefix) is { } misread)
            {
                return Refused(misread);
            }

            text = rewritten.Text;
            if (ContentTextRules.Problem(text) is { } tooLong)
            {
                return Refused(tooLong);
            }

            // The text as it was goes into the history first when the history does not hold it (written by hand or by git).
            var latest = await history.LatestAsync(path.Relative, cancellationToken).ConfigureAwait(false);
            if (latest?.Hash != opened.Hash)
            {
                await history.AddAsync(path, opened.Text, opened.Hash, ContentChange.NoOne, ContentChange.FromDisk, cancellationToken).ConfigureAwait(false);
            }

            var bytes = Utf8.GetBytes(text);
            hash = ContentFileHash.Of(bytes);
            if (await MoveFileAsync(path, target, bytes, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return new RenameResult(failed, null);
            }

            await history.MoveAsync(path.Relative, target.Relative, cancellationToken).ConfigureAwait(false);
            versionId = await history.AddAsync(target, text, hash, actor, ContentChange.Renamed, cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(actor, AuditActions.ContentSave, null, $"{ContentChange.Renamed} {path.Relative} -> {target.Relative}", cancellationToken).ConfigureAwait(false);
        LogRenamed(path.Relative, target.Relative, versionId);
        await reloader.ReloadAsync(cancellationToken).ConfigureAwait(false);
        return new RenameResult(new SaveOutcome.Saved(hash, versionId), target);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static RenameResult Refused(string message) => new(new SaveOutcome.Refused(message), null);

    /// <summary>
    /// Belt and braces after the text edit: the site's own parser must read the new text with the new slug and, when
    /// it could read the old text as an article, with the old slug among its aliases.
    /// </summary>
    private static string? ReadsWrongly(ArticleParseResult before, ContentFilePath target, string text, string oldSlug, string newSlug, string prefix)
    {
        var after = Parser.Value.Parse(target.FullPath, text, DateOnly.MinValue);
        if (after.Slug != newSlug)
        {
            return "The file was not renamed: after the change the site would not read its new address from it. Open it in the editor and check its 'slug:' line.";
        }

        if (before.Article is null)
        {
            return null;
        }

        var aliases = after.Article?.Metadata.Aliases;
        return aliases is not null && aliases.Any(a => a == oldSlug || a == prefix + oldSlug)
            ? null
            : "The file was not renamed: the site would not read the old address from its aliases afterwards. Open it in the editor and write its aliases as one line like 'aliases: [old-name]', then rename it.";
    }

    /// <summary>Writes the new file, then removes the old one; null on success. If the old one cannot go, the new one goes again, so the site never serves both.</summary>
    private async Task<SaveOutcome?> MoveFileAsync(ContentFilePath path, ContentFilePath target, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(target.FullPath, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogMoveFailed(path.Relative, target.Relative, ex.GetType().Name, ex.Message);
            return new SaveOutcome.Failed(ContentEditor.WriteFailure(ex));
        }

        try
        {
            writer.Delete(path.FullPath);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogMoveFailed(path.Relative, target.Relative, ex.GetType().Name, ex.Message);
            try
            {
                writer.Delete(target.FullPath);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                LogMoveFailed(target.Relative, target.Relative, again.GetType().Name, again.Message);
            }

            return new SaveOutcome.Failed(ContentEditor.WriteFailure(ex));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content {RelativePath}: renamed to {NewRelativePath} (history version {VersionId})")]
    private partial void LogRenamed(string relativePath, string newRelativePath, long versionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content {RelativePath} could not be moved to {NewRelativePath} ({ErrorType}: {ErrorMessage}); the old file is intact")]
    private partial void LogMoveFailed(string relativePath, string newRelativePath, string errorType, string errorMessage);
}
