using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    /// <summary>
    /// The history table is made first (an empty one on a new database): EF Core reads it without looking, so a new
    /// database would otherwise start with four "Failed executing DbCommand" errors in the log.
    /// </summary>
    private static string[] PendingMigrations(DbContext context)
    {
        context.GetService<IHistoryRepository>().CreateIfNotExists();
        return [.. context.Database.GetPendingMigrations()];
    }

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
                    var pending = PendingMigrations(db);
                    if (pending.Length > 0)
                    {
                        db.Database.Migrate();
                        LogMigrated(logger, pending);
                    }

                    // The key ring's table too, before anything is protected with it.
                    var keyRing = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
                    if (PendingMigrations(keyRing).Length > 0)
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

            ProveKeysReadInquiries(scope.ServiceProvider, db);
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

    /// <summary>
    /// Decrypts the newest stored inquiry's name with the database's key ring. Keys deleted from the table (or a
    /// database restored without them) would otherwise be silently replaced by a new key: new messages acknowledged,
    /// every old one unreadable.
    /// </summary>
    private static void ProveKeysReadInquiries(IServiceProvider services, SiteDbContext db)
    {
        var cipher = db.Database
            .SqlQueryRaw<string>("SELECT \"Name\" AS \"Value\" FROM \"Inquiries\" ORDER BY \"ReceivedAt\" DESC LIMIT 1")
            .AsEnumerable()
            .FirstOrDefault();
        if (cipher is null)
        {
            return;
        }

        // Counted before Data Protection is asked: on an empty ring it would make a new key, which decrypts nothing
        // stored and would make the next start look like a key mismatch instead of lost keys.
        if (!services.GetRequiredService<KeyRingDbContext>().DataProtectionKeys.Any())
        {
            throw KeysMissing("holds no keys");
        }

        try
        {
            services.GetRequiredService<PersonalFieldProtector>().Unprotect(cipher);
        }
        catch (CryptographicException exception)
        {
            throw KeysMissing($"has no key that decrypts them ({exception.Message})");
        }
    }

    private static SiteStartupException KeysMissing(string problem) => new(
        $"The database holds inquiries, but its key ring (the table DataProtectionKeys in the same database) {problem}: every "
        + "stored inquiry would be unreadable. The keys were probably deleted, or the database was restored without them. Stop "
        + "every instance and restore the database from a backup that holds its keys (pg_dump of the whole database), or, if "
        + "the keys are encrypted with a certificate, set DataProtection:CertificatePath and DataProtection:CertificateKeyPath "
        + "to it, then start again.");

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
