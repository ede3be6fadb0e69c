using AttachmentGuide.Web.Content;
using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres.ContentNotices;

/// <summary>Announces a content change to every instance listening on the shared database (NOTIFY).</summary>
internal sealed class PostgresContentNotice(NpgsqlDataSource database, ContentNoticeChannel channel) : IContentChangeNotice
{
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        await using var notify = database.CreateCommand("SELECT pg_notify($1, $2)");
        notify.Parameters.AddWithValue(ContentNoticeChannel.Name);
        notify.Parameters.AddWithValue(channel.InstanceId);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }
}
