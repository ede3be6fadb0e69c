using System.Text;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Changes content files for the browser editor: the files stay the source of truth, every change is written
/// atomically (<see cref="AtomicFileWriter"/>), kept in the history, audited, and served at once. A change made
/// against a file that has since changed on disk is refused as a conflict, never written over.
/// </summary>
public sealed partial class ContentEditor(
    SiteContent content,
    ContentHistory history,
    ContentWriteLock writeLock,
    ContentReloader reloader,
    ContentFileWriter writer,
    AuditLog audit,
    ILogger<ContentEditor> logger)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The full path of the content folder the site serves.</summary>
    public string ContentRoot => content.ContentPath;

    /// <summary>Reads a path sent by a form or a link (see <see cref="ContentFilePath.TryParse"/>).</summary>
    public bool TryResolve(string? relative, out ContentFilePath? path, out string? problem) =>
        ContentFilePath.TryParse(ContentRoot, relative, out path, out problem);

    /// <summary>The file's text and hash as on disk now; null when there is no such file.</summary>
    public static async Task<OpenedFile?> OpenAsync(ContentFilePath path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : new OpenedFile(path, Decode(bytes), ContentFileHash.Of(bytes));
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> when the file on disk still has <paramref name="expectedHash"/>
    /// (<see cref="ContentFileHash.Missing"/> to create it). <paramref name="change"/> says what the history records.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(ContentFilePath path, string text, string expectedHash, string actor, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (ContentTextRules.Problem(text) is { } problem)
        {
            return new SaveOutcome.Refused(problem);
        }

        var bytes = Utf8.GetBytes(text);
        var hash = ContentFileHash.Of(bytes);
        long versionId;
        using (await writeLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (before, conflict) = await CheckUnchangedAsync(path, expectedHash, cancellationToken).ConfigureAwait(false);
            if (conflict is not null)
            {
                return conflict;
            }

            if (before is not null)
            {
                await KeepDiskVersionAsync(path, before, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path.FullPath)!);
                await writer.WriteAsync(path.FullPath, bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogWriteFailed(path.Relative, ex.GetType().Name, ex.Message);
                return new SaveOutcome.Failed(WriteFailure(ex));
            }

            versionId = await history.AddAsync(path, text, hash, actor, change, cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(actor, AuditActions.ContentSave, null, change + " " + path.Relative, cancellationToken).ConfigureAwait(false);
        LogSaved(path.Relative, change, versionId);
        await reloader.ReloadAsync(cancellationToken).ConfigureAwait(false);
        return new SaveOutcome.Saved(hash, versionId);
    }

    /// <summary>Deletes the file when it still has <paramref name="expectedHash"/>; its last text stays in the history, restorable.</summary>
    public async Task<SaveOutcome> DeleteAsync(ContentFilePath path, string expectedHash, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        long versionId;
        using (await writeLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var (before, conflict) = await CheckUnchangedAsync(path, expectedHash, cancellationToken).ConfigureAwait(false);
            if (conflict is not null)
            {
                return conflict;
            }

            if (before is null)
            {
                return new SaveOutcome.Conflict(null, ContentFileHash.Missing);
            }

            // Recorded before the file goes, so a crash in between leaves the text in two places rather than in none.
            versionId = await history.AddAsync(path, Decode(before), ContentFileHash.Of(before), actor, ContentChange.Deleted, cancellationToken).ConfigureAwait(false);
            try
            {
                writer.Delete(path.FullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogWriteFailed(path.Relative, ex.GetType().Name, ex.Message);
                return new SaveOutcome.Failed(WriteFailure(ex));
            }
        }

        await audit.RecordAsync(actor, AuditActions.ContentSave, null, ContentChange.Deleted + " " + path.Relative, cancellationToken).ConfigureAwait(false);
        LogSaved(path.Relative, ContentChange.Deleted, versionId);
        await reloader.ReloadAsync(cancellationToken).ConfigureAwait(false);
        return new SaveOutcome.Saved(ContentFileHash.Missing, versionId);
    }

    private static async Task<(byte[]? Before, SaveOutcome.Conflict? Conflict)> CheckUnchangedAsync(ContentFilePath path, string expectedHash, CancellationToken cancellationToken)
    {
        var before = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var currentHash = before is null ? ContentFileHash.Missing : ContentFileHash.Of(before);
        return currentHash == expectedHash
            ? (before, null)
            : (before, new SaveOutcome.Conflict(before is null ? null : Decode(before), currentHash));
    }

    /// <summary>The file as it is on disk goes into the history first when the history does not hold it (written by hand or by git).</summary>
    private async Task KeepDiskVersionAsync(ContentFilePath path, byte[] before, CancellationToken cancellationToken)
    {
        var hash = ContentFileHash.Of(before);
        var latest = await history.LatestAsync(path.Relative, cancellationToken).ConfigureAwait(false);
        if (latest?.Hash != hash)
        {
            await history.AddAsync(path, Decode(before), hash, ContentChange.NoOne, ContentChange.FromDisk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<byte[]?> ReadAsync(ContentFilePath path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path.FullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Files written by hand may not be valid UTF-8; they are shown with replacement characters rather than refused.</summary>
    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>What staff are told when the disk refused a change; shared with <see cref="ContentRenamer"/>.</summary>
    internal static string WriteFailure(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "The site may not write in the content folder, so nothing was saved and the file is as it was. Ask whoever runs the site to let it write there; your text is still in the form.",
        IOException io when IsDiskFull(io) =>
            "The server's disk is full, so nothing was saved and the file is as it was. Your text is still in the form; ask whoever runs the site to free some space, then save again.",
        _ => "The file could not be written, so nothing was saved and the file is as it was. Your text is still in the form; try again in a moment.",
    };

    /// <summary>
    /// .NET on Linux and macOS gives the C library's error number as the HResult (ENOSPC, 28); on Windows it is
    /// ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL in the low word. The message is the last resort.
    /// </summary>
    private static bool IsDiskFull(IOException io) =>
        io.HResult == 28 || (io.HResult & 0xFFFF) is 0x70 or 0x27 || io.Message.Contains("space left", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content {RelativePath}: {Change} (history version {VersionId})")]
    private partial void LogSaved(string relativePath, string change, long versionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content {RelativePath} could not be written ({ErrorType}: {ErrorMessage}); the old file is intact")]
    private partial void LogWriteFailed(string relativePath, string errorType, string errorMessage);
}
