namespace AttachmentGuide.Web.Data;

/// <summary>Which database engine holds the site's data. Bound from <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string Sqlite = "Sqlite";

    /// <summary>PostgreSQL, shared by several instances of the site; needs <c>ConnectionStrings:Inquiries</c>.</summary>
    public const string Postgres = "Postgres";

    /// <summary>The engine's name: <see cref="Sqlite"/> (the default, a file in data/) or <see cref="Postgres"/>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// Lets start-up create a new, empty database although the key folder already holds keys (environment
    /// <c>Database__AllowNewDatabase=true</c>). Without it such a start stops: the database was most likely
    /// deleted or its setting changed, and a silent new one would hide every inquiry and staff account.
    /// </summary>
    public bool AllowNewDatabase { get; set; }

    /// <summary>Whether <paramref name="configuration"/> puts the site on PostgreSQL (read before options exist).</summary>
    public static bool IsPostgres(IConfiguration configuration) => string.Equals(
        configuration.GetSection(SectionName).Get<DatabaseOptions>()?.Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
