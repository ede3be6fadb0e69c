using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

public static partial class InquiryServiceExtensions
{
    public static WebApplicationBuilder AddInquiries(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = InquiryDatabase.ResolveConnectionString(builder.Configuration);
        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddDbContext<InquiryDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(services.GetRequiredService<SqlitePragmaInterceptor>()));
        builder.Services.AddSingleton<InquiryWriteGate>();
        builder.Services.AddSingleton<InquiryProtector>();
        builder.Services.AddScoped<IInquiryStore, EfInquiryStore>();
        return builder;
    }

    /// <summary>Applies migrations, turns on WAL, and logs the settings as the database reports them.</summary>
    public static WebApplication MigrateInquiryDatabase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InquiryDbContext>();
        db.Database.Migrate();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var journalMode = command.ExecuteScalar()?.ToString();
            command.CommandText = "PRAGMA synchronous;";
            var synchronous = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<InquiryDbContext>();
            LogDatabaseReady(logger, connection.DataSource, journalMode ?? "unknown", synchronous switch
            {
                0 => "OFF",
                1 => "NORMAL",
                2 => "FULL",
                3 => "EXTRA",
                _ => synchronous.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        finally
        {
            db.Database.CloseConnection();
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry database {DataSource} ready: journal_mode={JournalMode}, synchronous={Synchronous}")]
    private static partial void LogDatabaseReady(ILogger logger, string dataSource, string journalMode, string synchronous);
}
