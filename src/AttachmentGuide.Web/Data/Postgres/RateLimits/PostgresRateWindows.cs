using Npgsql;
using NpgsqlTypes;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// <see cref="IRateWindows"/> in PostgreSQL: a row per key and window, counted with one conditional upsert, so two
/// instances taking the last permit at once are settled by the row lock (one gets it). Windows are fixed and aligned
/// to the Unix epoch, so every instance agrees where they start whatever its own start time.
/// </summary>
internal sealed class PostgresRateWindows(
    NpgsqlDataSource database, RateKeyHasher hasher, TimeProvider time, ILogger<PostgresRateWindows> logger) : IRateWindows
{
    private readonly ExpiredRowSweep _sweep = new("RateWindows", logger);

    // Counts one more unless the window is full; a row is affected only when it was counted.
    private const string Take =
        "INSERT INTO \"RateWindows\" (\"Key\", \"WindowStart\", \"Count\", \"ExpiresAt\") VALUES ($1, $2, 1, $3) " +
        "ON CONFLICT (\"Key\", \"WindowStart\") DO UPDATE SET \"Count\" = \"RateWindows\".\"Count\" + 1 " +
        "WHERE \"RateWindows\".\"Count\" < $4";

    private const string Read = "SELECT \"Count\" FROM \"RateWindows\" WHERE \"Key\" = $1 AND \"WindowStart\" = $2";

    public async Task<bool> HasRoomAsync(string key, IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Every window in one round trip.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var window in windows)
        {
            var read = new NpgsqlBatchCommand(Read);
            read.Parameters.AddWithValue(await hasher.HashAsync(window.Name + "\n" + key, cancellationToken));
            read.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, Start(now, window.Length));
            batch.BatchCommands.Add(read);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var room = true;
        foreach (var window in windows)
        {
            if (await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) >= window.Permits)
            {
                room = false;
            }

            await reader.NextResultAsync(cancellationToken);
        }

        return room;
    }

    public async Task<bool> TryTakeAsync(string key, IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One round trip for every window, and a commit that does not wait for the disk (RateCounts).
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RateCounts.SkipFlushWait));
        foreach (var window in windows)
        {
            var start = Start(now, window.Length);
            var take = new NpgsqlBatchCommand(Take);
            take.Parameters.AddWithValue(await hasher.HashAsync(window.Name + "\n" + key, cancellationToken));
            take.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, start);
            take.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, start + window.Length);
            take.Parameters.AddWithValue(window.Permits);
            batch.BatchCommands.Add(take);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (Enumerable.Range(1, windows.Count).Any(i => batch.BatchCommands[i].RecordsAffected != 1))
        {
            // One window is full: the others are not counted either (rolled back with the transaction).
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        await _sweep.IfDueAsync(connection, now, cancellationToken);
        return true;
    }

    private static DateTime Start(DateTimeOffset now, TimeSpan length)
    {
        var ticks = now.UtcTicks - (now.UtcTicks - DateTime.UnixEpoch.Ticks) % length.Ticks;
        return new DateTime(ticks, DateTimeKind.Utc);
    }
}
