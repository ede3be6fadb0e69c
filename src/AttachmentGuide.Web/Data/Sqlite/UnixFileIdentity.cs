using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Which file a path or an open handle is, as the kernel knows it: its device and inode, read with Linux's statx
/// (whose record has the same layout on every architecture). Paths are followed through symlinks, so a data folder
/// reached through one is still the same file; a file deleted, moved away or replaced has another identity or none.
/// </summary>
public static partial class UnixFileIdentity
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int EmptyPathMeansTheHandle = 0x1000; // AT_EMPTY_PATH
    private const uint WantInode = 0x100; // STATX_INO
    private const int RecordSize = 256; // sizeof(struct statx)
    private const int MaskOffset = 0;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;

    /// <summary>The file <paramref name="path"/> names now, following symlinks; null when there is none (or it cannot be read).</summary>
    public static FileIdentity? OfPath(string path) => Read(CurrentFolder, path, 0);

    /// <summary>The file <paramref name="handle"/> holds open, wherever (or whether) it is named now.</summary>
    public static FileIdentity? OfHandle(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Read((int)handle.DangerousGetHandle(), string.Empty, EmptyPathMeansTheHandle);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static unsafe FileIdentity? Read(int folder, string path, int flags)
    {
        var record = stackalloc byte[RecordSize];
        new Span<byte>(record, RecordSize).Clear();
        if (Statx(folder, path, flags, WantInode, record) != 0)
        {
            return null;
        }

        var span = new ReadOnlySpan<byte>(record, RecordSize);
        if ((MemoryMarshal.Read<uint>(span[MaskOffset..]) & WantInode) == 0)
        {
            return null;
        }

        return new FileIdentity(
            MemoryMarshal.Read<uint>(span[DeviceMajorOffset..]),
            MemoryMarshal.Read<uint>(span[DeviceMinorOffset..]),
            MemoryMarshal.Read<ulong>(span[InodeOffset..]));
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int folder, string path, int flags, uint mask, byte* record);
}

/// <summary>A file's device (major, minor) and inode: equal exactly when two names or handles are the same file.</summary>
public readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode);
