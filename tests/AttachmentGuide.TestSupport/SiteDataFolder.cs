using Microsoft.Data.Sqlite;

namespace AttachmentGuide.TestSupport;

/// <summary>A temporary data folder of the site's own (database and Data Protection keys), removed on dispose.</summary>
public sealed class SiteDataFolder : IDisposable
{
    public SiteDataFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "ag.db");

    public string KeysPath => System.IO.Path.Combine(Path, "keys");

    public void Dispose()
    {
        // A pooled connection from a test's own reads would keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A process that did not stop in time may still hold a file; the folder is in the temp folder anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
