namespace AttachmentGuide.Web.Data;

/// <summary>
/// Proves the site's user can read and write the key folder and the database's folder before anything else uses
/// them, so a folder owned by another user (a restore done as root, a wrong chown) stops start-up with the path and
/// the permission needed, not a stack trace or a key ring silently left unsaved.
/// </summary>
public static class DataFolderAccess
{
    /// <summary>Lists, creates and deletes a probe file in <paramref name="folder"/>; throws when any of it is refused.</summary>
    public static void EnsureReadWrite(string folder, string setting)
    {
        var probe = Path.Combine(folder, $".access-check-{Guid.NewGuid():N}");
        try
        {
            _ = Directory.EnumerateFileSystemEntries(folder).Any();
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new SiteStartupException(
                $"The site's user ({Environment.UserName}) cannot read and write {folder} ({exception.Message}). It needs read, "
                + $"write and execute (rwx) on that folder and read and write on the files in it: give the folder to that user "
                + $"(chown -R {Environment.UserName} {folder}; chmod 700 {folder}), or set {setting} to a folder it owns.");
        }
    }

    /// <summary>The database file itself, when it exists, opened for reading and writing (SQLite's error would not say why).</summary>
    public static void EnsureReadWriteFile(string file, string setting)
    {
        if (!File.Exists(file))
        {
            return;
        }

        try
        {
            using var _ = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new SiteStartupException(
                $"The site's user ({Environment.UserName}) cannot read and write the database file {file} ({exception.Message}). "
                + $"It needs read and write on the file (chown {Environment.UserName} {file}; chmod 600 {file}), or set {setting} "
                + "to a file it owns.");
        }
    }
}
