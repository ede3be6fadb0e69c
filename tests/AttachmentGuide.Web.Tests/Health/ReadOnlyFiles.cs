using System.Diagnostics;

namespace AttachmentGuide.Web.Tests.Health;

/// <summary>
/// Makes files unwritable, even through descriptors already open, until disposed: the immutable attribute
/// (<c>chattr +i</c>, which needs root), as a file system remounted read-only after a disk error would.
/// A mode change would not do: the site's open descriptors keep writing, and root writes through any mode.
/// </summary>
public sealed class ReadOnlyFiles : IDisposable
{
    private readonly List<string> _paths = [];

    public static async Task<ReadOnlyFiles> MakeAsync(params string[] paths)
    {
        var made = new ReadOnlyFiles();
        foreach (var path in paths.Where(File.Exists))
        {
            var exit = await ChattrAsync("+i", path);
            if (exit != 0)
            {
                made.Dispose();
            }

            SystemComponent.SkipOrFailWhenMissing(exit == 0, "chattr +i (root, e2fsprogs, an ext4 temp folder)", "apt-get install -y e2fsprogs and run the tests as root");
            made._paths.Add(path);
        }

        return made;
    }

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            ChattrAsync("-i", path).GetAwaiter().GetResult();
        }

        _paths.Clear();
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
