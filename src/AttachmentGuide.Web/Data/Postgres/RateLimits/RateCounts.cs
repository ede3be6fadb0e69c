using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>What the shared counters (rate windows, sign-in failures) do alike in their transactions.</summary>
internal static class RateCounts
{
    /// <summary>
    /// Run first in a counter's transaction: its commit does not wait for the log to reach the disk. A crash can
    /// then forget the last fraction of a second of counts, which only gives a client a few more tries; an
    /// inquiry's own commit still waits (<c>synchronous_commit</c> stays on for it), so no acknowledged request is
    /// lost. Without this every contact form POST waited for three disk flushes instead of one.
    /// </summary>
    public const string SkipFlushWait = "SET LOCAL synchronous_commit = off";

    /// <inheritdoc cref="SkipFlushWait"/>
    public static async Task SkipFlushWaitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SkipFlushWait, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
