using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>Resolves the SQLite connection string from <c>ConnectionStrings:Inquiries</c>.</summary>
public static class SqliteConnectionStrings
{
    public const string ConnectionStringName = "Inquiries";
    public const string DefaultConnectionString = "Data Source=data/attachmentguide.db";

    /// <summary>
    /// The connection string with its file made absolute (relative paths are from the working
    /// directory) and its folder created (mode 700), so a fresh clone works with no set-up.
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
            var folder = Path.GetDirectoryName(builder.DataSource)!;
            try
            {
                PrivateFiles.CreateFolder(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new SiteStartupException(
                    $"The database folder {folder} does not exist and cannot be created ({exception.Message}). "
                    + $"Create it for the site's user, or set ConnectionStrings:{ConnectionStringName} to a file in a folder it can write.");
            }
        }

        return builder.ToString();
    }
}
