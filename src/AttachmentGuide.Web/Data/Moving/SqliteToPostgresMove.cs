using System.Xml.Linq;
using AttachmentGuide.Web.Backup;
using AttachmentGuide.Web.Data.Postgres;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace AttachmentGuide.Web.Data.Moving;

/// <summary>
/// Moves a clinic's SQLite store (the database and the key ring in its key folder) into an empty PostgreSQL
/// database, in one transaction, leaving the SQLite files untouched. Rows are copied as they are stored: the
/// personal columns keep their ciphertext (nothing is decrypted, and a value whose key is missing is not lost), and
/// the key files are copied into the database's key ring verbatim, so the instances on PostgreSQL read every
/// inquiry with the keys that encrypted it.
/// </summary>
public sealed class SqliteToPostgresMove(BackupLocations source, string targetConnectionString)
{
    public async Task<StoreMoveSummary> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(source.DatabaseFile))
        {
            throw new StoreMoveException($"there is no database at {source.DatabaseFile} (ConnectionStrings:Inquiries) to move");
        }

        if (SiteProcesses.HoldingOpen(source.DatabaseFiles) is { } pid)
        {
            throw new StoreMoveException($"process {pid} has {source.DatabaseFile} open: stop the site first, so no contact request arrives after the copy");
        }

        var keyFiles = source.KeyFiles();
        await using var from = SourceContext(PersonalFieldProtector.CarryingCiphertext());
        if ((await from.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new StoreMoveException($"{source.DatabaseFile} is from an older version of the site: start this version once on it (it brings the database up to date), stop it, then move");
        }

        var unreadable = await CountUnreadableAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(targetConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var to = new PostgresSiteDbContext(
            new DbContextOptionsBuilder<PostgresSiteDbContext>().UseNpgsql(connection).Options, PersonalFieldProtector.CarryingCiphertext());
        await using var keyRing = new KeyRingDbContext(
            new DbContextOptionsBuilder<KeyRingDbContext>().UseNpgsql(connection, KeyRingDbContext.UseOwnHistory).Options);
        await to.Database.MigrateAsync(cancellationToken);
        await keyRing.Database.MigrateAsync(cancellationToken);
        await RefuseUnlessEmptyAsync(to, connection, cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await to.Database.UseTransactionAsync(transaction, cancellationToken);
        await keyRing.Database.UseTransactionAsync(transaction, cancellationToken);
        foreach (var file in keyFiles)
        {
            // As Data Protection's own EF repository stores an element: the file name as the friendly name.
            keyRing.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting),
            });
        }

        await keyRing.SaveChangesAsync(cancellationToken);
        var tables = new List<(string Table, int Rows)>();
        foreach (var entityType in CopiedTypes(from.Model))
        {
            var rows = await CopyAsync(entityType, from, to, cancellationToken);
            tables.Add((entityType.GetTableName()!, rows));
        }

        await to.SaveChangesAsync(cancellationToken);
        await AdvanceIdentitySequencesAsync(to, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoreMoveSummary(tables, keyFiles.Count, unreadable);
    }

    private SiteDbContext SourceContext(PersonalFieldProtector protector) =>
        new(new DbContextOptionsBuilder<SiteDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = source.DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString())
                .Options,
            protector);

    /// <summary>Every table of the site's model that holds rows of its own (not the PostgreSQL-only rate counters).</summary>
    private static IEnumerable<IEntityType> CopiedTypes(IModel model) =>
        model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindPrimaryKey() is not null && t.GetTableName() is not null)
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal);

    private static Task<int> CopyAsync(IEntityType entityType, SiteDbContext from, SiteDbContext to, CancellationToken cancellationToken) =>
        (Task<int>)typeof(SqliteToPostgresMove).GetMethod(nameof(CopyRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entityType.ClrType)
            .Invoke(null, [from, to, cancellationToken])!;

    private static async Task<int> CopyRowsAsync<T>(SiteDbContext from, SiteDbContext to, CancellationToken cancellationToken)
        where T : class
    {
        // The schema's own seed rows (the staff roles) are there already, with the same keys: those are not copied.
        var key = to.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties;
        string KeyOf(T row) => string.Join('\u001f', key.Select(p => Convert.ToString(p.GetGetter().GetClrValue(row), System.Globalization.CultureInfo.InvariantCulture)));
        var present = (await to.Set<T>().AsNoTracking().ToListAsync(cancellationToken)).Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var rows = (await from.Set<T>().AsNoTracking().ToListAsync(cancellationToken)).Where(row => !present.Contains(KeyOf(row))).ToList();
        to.Set<T>().AddRange(rows);
        return rows.Count + present.Count;
    }

    /// <summary>
    /// Rows keep their numeric ids; each identity column's sequence is then moved past the largest, so the next row
    /// the site adds does not collide with a copied one.
    /// </summary>
    private static async Task AdvanceIdentitySequencesAsync(SiteDbContext to, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var entityType in CopiedTypes(to.Model))
        {
            if (entityType.FindPrimaryKey()!.Properties is not [var key]
                || key.ClrType != typeof(int) && key.ClrType != typeof(long)
                || key.ValueGenerated != ValueGenerated.OnAdd)
            {
                continue;
            }

            var table = entityType.GetTableName()!;
            var column = key.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema()))!;
            await using var advance = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 0) + 1, false) FROM \"{table}\"",
                connection,
                transaction);
            await advance.ExecuteScalarAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Every table the move writes must be empty, and the key ring too; the schema's own seed rows (the staff
    /// roles) are the only rows a new database holds.
    /// </summary>
    private static async Task RefuseUnlessEmptyAsync(PostgresSiteDbContext to, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var held = new List<string>();
        // Seed data is kept only in the design-time model.
        var seeded = to.GetService<IDesignTimeModel>().Model;
        var tables = CopiedTypes(to.Model)
            .Where(t => seeded.FindEntityType(t.Name)?.GetSeedData().Any() != true)
            .Select(t => t.GetTableName()!)
            .Append("DataProtectionKeys");
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! is > 0 and var rows)
            {
                held.Add($"{rows} row(s) in {table}");
            }
        }

        if (held.Count > 0)
        {
            throw new StoreMoveException($"the PostgreSQL database already holds {string.Join(", ", held)}: migrate-store moves into an empty database only, so nothing there is mixed or overwritten");
        }
    }

    /// <summary>Inquiries a personal field of which the key folder cannot decrypt: moved all the same, and reported.</summary>
    private async Task<int> CountUnreadableAsync(CancellationToken cancellationToken)
    {
        // Checking must never add a key to the folder being moved.
        await using var provider = BackupKeyRing.ReadOnly(source.KeysFolder, source.KeySettings);
        await using var reading = SourceContext(new PersonalFieldProtector(provider.GetRequiredService<IDataProtectionProvider>()));
        var unreadable = 0;
        await foreach (var inquiry in reading.Inquiries.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var c = inquiry.Content;
            if (new[] { c.Name, c.Email, c.Phone, c.ContactTime, c.Message, inquiry.InternalNote }.Contains(PersonalFieldProtector.Unreadable))
            {
                unreadable++;
            }
        }

        return unreadable;
    }
}
