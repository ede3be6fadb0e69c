namespace AttachmentGuide.Web.Data;

/// <summary>The data folder and its files are for the site's own user only: folders 700, files 600.</summary>
public static class PrivateFiles
{
    private const UnixFileMode PrivateFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> (and any missing parent) as 700; an existing folder keeps its mode.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            // The mode given to CreateDirectory applies to the last folder only: each missing parent is made here.
            var full = Path.GetFullPath(path);
            var parent = Path.GetDirectoryName(full);
            if (parent is not null && !Directory.Exists(parent))
            {
                CreateFolder(parent);
            }

            Directory.CreateDirectory(full, PrivateFolderMode);
        }
    }

    /// <summary>Creates an empty <paramref name="path"/> as 600 (SQLite then makes its -wal and -shm files alike).</summary>
    public static void CreateEmptyFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Create(path).Dispose();
            return;
        }

        using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFileMode });
    }

    /// <summary>Makes each existing file of <paramref name="paths"/> 600.</summary>
    public static void Restrict(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths.Where(File.Exists))
        {
            File.SetUnixFileMode(path, PrivateFileMode);
        }
    }
}
