using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The engine every <see cref="SiteFactory"/> puts the site on unless a test chooses its own: SQLite in this project,
/// PostgreSQL in <c>AttachmentGuide.Web.Tests.OnPostgres</c>, which compiles the store, staff and contact suites
/// again with <c>ON_POSTGRES</c>, so those suites run on both engines from one source.
/// </summary>
public static class TestDatabase
{
#if ON_POSTGRES
    public static string Provider { get; } = DatabaseOptions.Postgres;
#else
    public static string Provider { get; } = DatabaseOptions.Sqlite;
#endif

    public static bool OnPostgres => Provider == DatabaseOptions.Postgres;
}
