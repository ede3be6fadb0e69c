using System.Buffers.Binary;
using AttachmentGuide.Web.Staff;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// <see cref="ISignInFailureStore"/> in PostgreSQL, so every instance counts the same guesser. One change is one
/// transaction holding an advisory lock per key (taken in a fixed order, so two changes cannot deadlock): two
/// instances checking the same account at once are settled one after the other, as the memory store's lock does.
/// </summary>
internal sealed class PostgresSignInFailureStore(
    NpgsqlDataSource database,
    RateKeyHasher hasher,
    IOptions<SignInThrottleOptions> options,
    TimeProvider time,
    ILogger<PostgresSignInFailureStore> logger) : ISignInFailureStore
{
    /// <summary>The first key of the two-key advisory lock space ("sign" in ASCII), apart from the migration lock's.</summary>
    private const int LockClass = 0x7369676E;

    private const string Write =
        "INSERT INTO \"SignInFailures\" (\"Key\", \"Count\", \"LastAt\", \"ExpiresAt\") VALUES ($1, $2, $3, $4) " +
        "ON CONFLICT (\"Key\") DO UPDATE SET \"Count\" = EXCLUDED.\"Count\", \"LastAt\" = EXCLUDED.\"LastAt\", \"ExpiresAt\" = EXCLUDED.\"ExpiresAt\"";

    private readonly TimeSpan _forgetAfter = options.Value.ForgetAfter;
    private readonly ExpiredRowSweep _sweep = new("SignInFailures", logger);

    public async Task<T> ChangeAsync<T>(IReadOnlyList<string> keys, Func<Dictionary<string, SignInFailures>, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(change);
        var hashed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            hashed[key] = await hasher.HashAsync("sign-in\n" + key, cancellationToken);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RateCounts.SkipFlushWaitAsync(connection, transaction, cancellationToken);
        foreach (var lockKey in hashed.Values.Select(LockKey).Distinct().Order())
        {
            await using var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1, $2)", connection, transaction);
            take.Parameters.AddWithValue(LockClass);
            take.Parameters.AddWithValue(lockKey);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        var records = await ReadAsync(connection, transaction, hashed, cancellationToken);
        var result = change(records);
        foreach (var (key, hash) in hashed)
        {
            await using var command = records.TryGetValue(key, out var failures)
                ? WriteCommand(connection, transaction, hash, failures)
                : DeleteCommand(connection, transaction, hash);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await _sweep.IfDueAsync(connection, time.GetUtcNow(), cancellationToken);
        return result;
    }

    private static async Task<Dictionary<string, SignInFailures>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Dictionary<string, string> hashed, CancellationToken cancellationToken)
    {
        var byHash = hashed.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        await using var read = new NpgsqlCommand(
            "SELECT \"Key\", \"Count\", \"LastAt\" FROM \"SignInFailures\" WHERE \"Key\" = ANY($1)", connection, transaction);
        read.Parameters.AddWithValue(byHash.Keys.ToArray());
        var records = new Dictionary<string, SignInFailures>(StringComparer.Ordinal);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var last = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
            records[byHash[reader.GetString(0)]] = new SignInFailures(reader.GetInt32(1), new DateTimeOffset(last));
        }

        return records;
    }

    private NpgsqlCommand WriteCommand(NpgsqlConnection connection, NpgsqlTransaction transaction, string hash, SignInFailures failures)
    {
        var command = new NpgsqlCommand(Write, connection, transaction);
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(failures.Count);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, failures.Last.UtcDateTime);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (failures.Last + _forgetAfter).UtcDateTime);
        return command;
    }

    private static NpgsqlCommand DeleteCommand(NpgsqlConnection connection, NpgsqlTransaction transaction, string hash)
    {
        var command = new NpgsqlCommand("DELETE FROM \"SignInFailures\" WHERE \"Key\" = $1", connection, transaction);
        command.Parameters.AddWithValue(hash);
        return command;
    }

    /// <summary>The hash's first four bytes: a collision only makes two keys wait for each other.</summary>
    private static int LockKey(string hash) => BinaryPrimitives.ReadInt32BigEndian(Convert.FromHexString(hash.AsSpan(0, 8)));
}
