using Npgsql;
using NpgsqlTypes;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// Deletes a counter table's rows whose <c>ExpiresAt</c> has passed, at most once per <see cref="Every"/> per
/// instance, on a connection the caller already holds. Every instance sweeps; the work is tiny, and a sweep that fails
/// leaves rows that are read as ended anyway until the next one.
/// </summary>
internal sealed partial class ExpiredRowSweep(string table, ILogger logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    private readonly string _delete = $"DELETE FROM \"{table}\" WHERE \"ExpiresAt\" <= $1";
    private long _sweptAt = long.MinValue;

    public async Task IfDueAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _sweptAt);
        if (now.UtcTicks - last < Every.Ticks || Interlocked.CompareExchange(ref _sweptAt, now.UtcTicks, last) != last)
        {
            return;
        }

        try
        {
            await using var sweep = new NpgsqlCommand(_delete, connection);
            sweep.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, now.UtcDateTime);
            var deleted = await sweep.ExecuteNonQueryAsync(cancellationToken);
            LogSwept(logger, deleted, table);
        }
        catch (NpgsqlException exception)
        {
            // The caller's own change is stored; what is left behind is swept next time.
            LogSweepFailed(logger, table, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} expired rows of {Table}")]
    private static partial void LogSwept(ILogger logger, int count, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expired rows of {Table} could not be deleted; trying again later")]
    private static partial void LogSweepFailed(ILogger logger, string table, Exception exception);
}
