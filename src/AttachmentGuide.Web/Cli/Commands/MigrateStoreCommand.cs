using System.CommandLine;
using AttachmentGuide.Web.Backup;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Moving;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>migrate-store --to postgres</c>: moves the SQLite store the settings name (database and key folder) into the
/// empty PostgreSQL database named by <c>ConnectionStrings:Postgres</c>, for a clinic going from one server to
/// several instances. The SQLite files are left as they were.
/// </summary>
public static class MigrateStoreCommand
{
    public const string TargetConnectionStringName = "Postgres";

    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "the engine to move to", Required = true, HelpName = "postgres" };
        to.AcceptOnlyFromAmong("postgres");
        var command = new Command(
            "migrate-store",
            "move the SQLite database and its keys into an empty PostgreSQL database (ConnectionStrings__Postgres); stop the site first") { to };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        const string Name = "migrate-store";
        var configuration = CliConfiguration.Build();
        if (DatabaseOptions.IsPostgres(configuration))
        {
            error.WriteLine($"{Name}: Database:Provider already names PostgreSQL; run it with the SQLite settings the site has been using, and the target in ConnectionStrings__{TargetConnectionStringName}.");
            return ExitCodes.Failure;
        }

        var target = configuration.GetConnectionString(TargetConnectionStringName);
        NpgsqlConnectionStringBuilder where;
        try
        {
            where = new NpgsqlConnectionStringBuilder(target);
        }
        catch (ArgumentException)
        {
            where = new NpgsqlConnectionStringBuilder();
        }

        if (string.IsNullOrWhiteSpace(target) || string.IsNullOrEmpty(where.Host) || string.IsNullOrEmpty(where.Database))
        {
            // Never printed: a connection string may hold a password.
            error.WriteLine($"{Name}: set ConnectionStrings__{TargetConnectionStringName} to the empty PostgreSQL database to move into (Host=...;Database=...;Username=...;Password=...).");
            return ExitCodes.Failure;
        }

        try
        {
            var source = BackupLocations.From(configuration);
            var summary = await new SqliteToPostgresMove(source, target).RunAsync(cancellationToken);
            output.WriteLine($"Moved {source.DatabaseFile} and {summary.Keys} key file(s) from {source.KeysFolder} into the PostgreSQL database {where.Database} on {where.Host}:");
            foreach (var (table, rows) in summary.Tables)
            {
                output.WriteLine($"  {table,-24} {rows} row(s)");
            }

            if (summary.UnreadableInquiries > 0)
            {
                output.WriteLine($"  {summary.UnreadableInquiries} inquiry(ies) could not be read with these keys before the move either; they were moved as they are.");
            }

            output.WriteLine("Next: set Database__Provider=Postgres and ConnectionStrings__Inquiries to that database on every instance, start them, and check the inbox.");
            output.WriteLine($"The SQLite files are unchanged; keep them (and a backup) until you have.");
            return ExitCodes.Success;
        }
        catch (StoreMoveException exception)
        {
            error.WriteLine($"{Name}: {exception.Message}");
        }
        catch (BackupFormatException exception)
        {
            error.WriteLine($"{Name}: {exception.Message}");
        }
        catch (Exception exception) when (exception is NpgsqlException or SqliteException or IOException or UnauthorizedAccessException
                                              or System.Xml.XmlException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The transaction was rolled back. EF Core's own message only says to see the inner one.
            var cause = exception.InnerException ?? exception;
            error.WriteLine($"{Name}: nothing was moved: {cause.Message.ReplaceLineEndings(" ")}");
        }

        return ExitCodes.Failure;
    }
}
