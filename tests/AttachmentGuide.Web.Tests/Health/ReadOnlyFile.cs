using System.Diagnostics;

namespace AttachmentGuide.Web.Tests.Health;

/// <summary>
/// Makes a file unwritable for a new opener until disposed: mode 444 for an ordinary user, and for root (who writes
/// through any mode) the immutable attribute (<c>chattr +i</c>), as a read-only mount would.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;
    private readonly UnixFileMode _mode;

    private ReadOnlyFile(string path, bool immutable, UnixFileMode mode)
    {
        _path = path;
        _immutable = immutable;
        _mode = mode;
    }

    public static async Task<ReadOnlyFile> MakeAsync(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("needs Unix file modes");
            return null!;
        }

        var mode = File.GetUnixFileMode(path);
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return new ReadOnlyFile(path, immutable: false, mode);
        }

        var exit = await ChattrAsync("+i", path);
        SystemComponent.SkipOrFailWhenMissing(exit == 0, "chattr +i (e2fsprogs) on this file system", "apt-get install -y e2fsprogs, and a data folder on ext4");
        return new ReadOnlyFile(path, immutable: true, mode);
    }

    public void Dispose()
    {
        if (_immutable)
        {
            ChattrAsync("-i", _path).GetAwaiter().GetResult();
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private static async Task<int> ChattrAsync(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, UseShellExecute = false })!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
