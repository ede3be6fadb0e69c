namespace AttachmentGuide.Web.Backup;

/// <summary>
/// Finds a process that has the database open, so <c>restore</c> does not swap the file under a running site
/// (which would go on writing to the old one). Linux only, and only processes this user may inspect: a check
/// that helps, not a lock; the README says to stop the site first.
/// </summary>
public static class SiteProcesses
{
    public static int? HoldingOpen(IEnumerable<string> files)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var wanted = files.ToHashSet(StringComparer.Ordinal);
        var self = Environment.ProcessId;
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                foreach (var descriptor in Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")))
                {
                    if (new FileInfo(descriptor).LinkTarget is { } target && wanted.Contains(target))
                    {
                        return pid;
                    }
                }
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                // Another user's process, or one that just ended.
            }
        }

        return null;
    }
}
