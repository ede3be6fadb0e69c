using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// Brings the shared schema up to date before the site listens. Several instances may start at once on one
/// database: each takes the same PostgreSQL advisory lock first, so one migrates and the others wait for it and
/// then find nothing pending.
/// </summary>
public sealed partial class PostgresDatabaseStartup(IServiceScopeFactory scopes, ILogger<SiteDbContext> logger) : IDatabaseStartup
{
    /// <summary>The advisory lock's key, the same in every instance ("AGMIGR" in ASCII); any fixed number would do.</summary>
    public const long MigrationLockKey = 0x4147_4D49_4752;

    /// <summary>Long enough for another instance's migration to finish; a lock held longer than this is a fault.</summary>
    private const int LockWaitSeconds = 300;

    public void Prepare()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
            // One connection for the lock, the migration and the unlock: an advisory lock belongs to its session.
            db.Database.OpenConnection();
            try
            {
                Run(db, "SELECT pg_advisory_lock(@key)", LockWaitSeconds);
                try
                {
                    var pending = db.Database.GetPendingMigrations().ToArray();
                    if (pending.Length > 0)
                    {
                        db.Database.Migrate();
                        LogMigrated(logger, pending);
                    }

                    // The key ring's table too, before anything is protected with it.
                    var keyRing = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
                    if (keyRing.Database.GetPendingMigrations().Any())
                    {
                        keyRing.Database.Migrate();
                    }
                }
                finally
                {
                    Run(db, "SELECT pg_advisory_unlock(@key)", LockWaitSeconds);
                }
            }
            finally
            {
                db.Database.CloseConnection();
            }

            var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            LogDatabaseReady(logger, connection.Host ?? "?", connection.Port, connection.Database ?? "?");
        }
        catch (DbException exception)
        {
            // The message names the setting, never the connection string itself: it may hold a password.
            throw new SiteStartupException(
                $"The PostgreSQL database named by ConnectionStrings:Inquiries could not be prepared ({exception.Message}). "
                + "Check that the server runs, that the database exists and that the user may create tables in it.");
        }
    }

    private static void Run(SiteDbContext db, string sql, int timeoutSeconds)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        var key = command.CreateParameter();
        key.ParameterName = "key";
        key.Value = MigrationLockKey;
        command.Parameters.Add(key);
        command.ExecuteScalar();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry database: applied migrations {Migrations}")]
    private static partial void LogMigrated(ILogger logger, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry database ready: PostgreSQL on {Host}:{Port}, database {Database}")]
    private static partial void LogDatabaseReady(ILogger logger, string host, int port, string database);
}
