using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>A row of the Inquiries table, read with plain SQL rather than through the site's own model.</summary>
public sealed record InquiryRow(
    Guid Id,
    string Reference,
    Guid SubmissionToken,
    DateTime ReceivedAt,
    string Name,
    string? Email,
    string? Phone,
    string PreferredContact,
    bool VoicemailAllowed,
    bool ClinicNameAllowed,
    string? ContactTime,
    string? Message,
    string? SourceSlug,
    string Status);

/// <summary>
/// Reads the SQLite file the site writes, the way an operator with the sqlite3 shell would. The personal
/// columns may hold ciphertext: pass <c>reveal</c> (the site's own decryption) to read them as typed.
/// </summary>
public static class InquiryTable
{
    public static int Count(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Inquiries";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<InquiryRow> ReadAll(string databasePath, Func<string?, string?>? reveal = null)
    {
        reveal ??= value => value;
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Id, Reference, SubmissionToken, ReceivedAt, Name, Email, Phone, PreferredContact,
                   VoicemailAllowed, ClinicNameAllowed, ContactTime, Message, SourceSlug, Status
            FROM Inquiries
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<InquiryRow>();
        while (reader.Read())
        {
            rows.Add(new InquiryRow(
                Guid.Parse(reader.GetString(0)),
                reader.GetString(1),
                Guid.Parse(reader.GetString(2)),
                DateTime.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reveal(reader.GetString(4))!,
                reveal(NullableString(reader, 5)),
                reveal(NullableString(reader, 6)),
                reader.GetString(7),
                reader.GetInt64(8) != 0,
                reader.GetInt64(9) != 0,
                reveal(NullableString(reader, 10)),
                reveal(NullableString(reader, 11)),
                NullableString(reader, 12),
                reader.GetString(13)));
        }

        return rows;
    }

    /// <summary>The row stored for the form with <paramref name="submissionToken"/>; fails if there is more than one.</summary>
    public static InquiryRow? ForToken(string databasePath, string? submissionToken, Func<string?, string?>? reveal = null)
    {
        if (!Guid.TryParse(submissionToken, out var token))
        {
            return null;
        }

        return ReadAll(databasePath, reveal).SingleOrDefault(r => r.SubmissionToken == token);
    }

    /// <summary>The result of <c>PRAGMA integrity_check</c>: "ok" when the file is sound.</summary>
    public static string IntegrityCheck(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static SqliteConnection Open(string databasePath)
    {
        Assert.True(File.Exists(databasePath), $"The database {databasePath} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
