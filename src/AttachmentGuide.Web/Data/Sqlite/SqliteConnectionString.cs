namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>The resolved SQLite connection string, for code that opens a plain SQLite connection.</summary>
public sealed record SqliteConnectionString(string Value);
