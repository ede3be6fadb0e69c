using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// A temporary folder only this user can enter (700), for plaintext that exists only while a backup is made or
/// checked; removed with everything in it on dispose.
/// </summary>
public sealed class PrivateWorkFolder : IDisposable
{
    private PrivateWorkFolder(string path) => Path = path;

    public string Path { get; }

    public static PrivateWorkFolder Create(string prefix, string? parent = null)
    {
        var path = System.IO.Path.Combine(parent ?? System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        PrivateFiles.CreateFolder(path);
        return new PrivateWorkFolder(path);
    }

    /// <summary>A new file, mode 600 from its first byte.</summary>
    public static FileStream CreatePrivateFile(string path) =>
        new(path, OperatingSystem.IsWindows()
            ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite }
            : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
