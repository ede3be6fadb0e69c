namespace AttachmentGuide.Web.Content;

/// <summary>
/// What a look over the content folder saw: how many files, and a sum over every file's path, size and last write
/// time. Any file added, removed, renamed, resized or rewritten changes it. The sum does not depend on the order the
/// folder lists its files in, which differs between file systems and between two listings of a shared one.
/// </summary>
public readonly record struct ContentFolderFingerprint(int Files, long Sum, DateTime NewestWriteUtc)
{
    private static readonly EnumerationOptions EveryFile = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    /// <summary>The folder as it is now, or null when it cannot be read (gone, unmounted, refused).</summary>
    public static ContentFolderFingerprint? Take(string folder)
    {
        try
        {
            var files = 0;
            long sum = 0;
            var newest = DateTime.MinValue;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", EveryFile))
            {
                var written = file.LastWriteTimeUtc;
                files++;
                // Two differently seeded hashes make a 64-bit one: a change that leaves both unchanged is not a worry.
                sum += ((long)HashCode.Combine(file.FullName, file.Length, written.Ticks) << 32)
                       ^ (uint)HashCode.Combine(written.Ticks, file.FullName, file.Length, 17);
                if (written > newest)
                {
                    newest = written;
                }
            }

            return new ContentFolderFingerprint(files, sum, newest);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
