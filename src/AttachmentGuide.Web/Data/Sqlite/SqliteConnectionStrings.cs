using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>Resolves the SQLite connection string from <c>ConnectionStrings:Inquiries</c>.</summary>
public static class SqliteConnectionStrings
{
    public const string ConnectionStringName = "Inquiries";
    public const string DefaultConnectionString = "Data Source=data/attachmentguide.db";

    /// <summary>
    /// The connection string with its file made absolute (relative paths are from the working
    /// directory) and its folder created, so a fresh clone works with no set-up.
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString)
        {
            Pooling = true,
        };
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(source);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
