using System.Diagnostics;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// A tmpfs of a few megabytes mounted for one test (needs root or CAP_SYS_ADMIN), so the site's data folder can
/// really run out of space; a filler file takes the rest and deleting it gives the space back.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/>; skipped (or failed when required) when mount is refused.</summary>
    public static SmallDisk Mount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ag-small-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=700", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
        }

        SystemComponent.SkipOrFailWhenMissing(
            code == 0,
            $"A size-limited mount (mount -t tmpfs said: {output.Trim()})",
            "run the tests as root, or in a container allowed to mount (CAP_SYS_ADMIN)");
        return new SmallDisk(path);
    }

    /// <summary>Writes zeros until the disk refuses more.</summary>
    public void Fill()
    {
        var block = new byte[64 * 1024];
        using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left: what this is for. A smaller last write would fit the last bytes.
        }

        for (var size = block.Length / 2; size > 0; size /= 2)
        {
            try
            {
                filler.Write(block.AsSpan(0, size));
            }
            catch (IOException)
            {
            }
        }
    }

    public void Free() => File.Delete(Filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
