using AttachmentGuide.TestSupport;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The engines a provider-parameterised test class runs on. A class takes <see cref="PostgresDatabases"/> as its
/// fixture and each test asks it for the settings of its provider: SQLite keeps the factory's own file, PostgreSQL
/// gets a new empty database on the process's throwaway server (or skips with the install line).
/// </summary>
public static class DatabaseProviders
{
    public static TheoryData<string> All => [DatabaseOptions.Sqlite, DatabaseOptions.Postgres];
}

/// <summary>The PostgreSQL databases one test class made, dropped when the class is done.</summary>
public sealed class PostgresDatabases : IDisposable
{
    private readonly List<PostgresDatabase> _made = [];

    /// <summary>A new, empty database (the server starts on first use).</summary>
    public PostgresDatabase Create()
    {
        var database = PostgresCluster.Shared.CreateDatabase();
        lock (_made)
        {
            _made.Add(database);
        }

        return database;
    }

    /// <summary>
    /// The settings that put a site on <paramref name="provider"/>: none for SQLite (the factory's own file), a new
    /// database for PostgreSQL, or <paramref name="shared"/> for a second instance on the same one.
    /// </summary>
    public Dictionary<string, string> SettingsFor(string provider, PostgresDatabase? shared = null) =>
        provider == DatabaseOptions.Postgres
            ? new(StringComparer.Ordinal)
            {
                ["Database:Provider"] = DatabaseOptions.Postgres,
                ["ConnectionStrings:Inquiries"] = (shared ?? Create()).ConnectionString,
            }
            : new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var database in _made)
        {
            database.Dispose();
        }
    }
}
