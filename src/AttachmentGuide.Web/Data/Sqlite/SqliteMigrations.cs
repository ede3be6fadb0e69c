using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// The ids of the database's migrations, found the way EF Core finds them (the
/// <see cref="MigrationAttribute"/> on each <see cref="Migration"/> for this context), but without
/// building EF Core's services and model, which costs a third of a second at every start.
/// </summary>
public static class SqliteMigrations
{
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Every migration id, oldest first (ids start with their timestamp, as EF Core orders them).</summary>
    public static IReadOnlyList<string> Ids { get; } = typeof(SiteDbContext).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract
            && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SiteDbContext))
        .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.OrdinalIgnoreCase)
        .ToArray();
}
