namespace AttachmentGuide.Web.Data;

/// <summary>Which database engine holds the site's data. Bound from <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string Sqlite = "Sqlite";

    /// <summary>The engine's name; only <see cref="Sqlite"/> today.</summary>
    public string Provider { get; set; } = Sqlite;
}
