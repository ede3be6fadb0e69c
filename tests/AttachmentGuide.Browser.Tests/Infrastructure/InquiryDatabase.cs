using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>Reads the site's SQLite file directly, as a person checking what was stored would.</summary>
public static class InquiryDatabase
{
    public static async Task<long> CountWithReferenceAsync(BrowserSession session, string reference)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = new SqliteConnection($"Data Source={session.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Inquiries WHERE Reference = $reference";
        command.Parameters.AddWithValue("$reference", reference);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public static async Task<Guid> IdWithReferenceAsync(BrowserSession session, string reference)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = new SqliteConnection($"Data Source={session.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Inquiries WHERE Reference = $reference";
        command.Parameters.AddWithValue("$reference", reference);
        return Guid.Parse((string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }
}
