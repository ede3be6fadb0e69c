using System.Data.Common;
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
/// Reads the Inquiries table the site writes, the way an operator with the sqlite3 shell (or psql) would: from a
/// SQLite file by its path, or from a test site's own database on either engine. The personal columns may hold
/// ciphertext: pass <c>reveal</c> (the site's own decryption) to read them as typed.
/// </summary>
public static class InquiryTable
{
    public static int Count(string databasePath)
    {
        using var connection = Open(databasePath);
        return Count(connection);
    }

    public static int Count(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var connection = site.OpenStore();
        return Count(connection);
    }

    public static IReadOnlyList<InquiryRow> ReadAll(string databasePath, Func<string?, string?>? reveal = null)
    {
        using var connection = Open(databasePath);
        return ReadAll(connection, reveal);
    }

    public static IReadOnlyList<InquiryRow> ReadAll(SiteFactory site, Func<string?, string?>? reveal = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var connection = site.OpenStore();
        return ReadAll(connection, reveal);
    }

    private static int Count(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Inquiries\"";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Quoted names and values read by their type on either engine (SQLite keeps text and integers, PostgreSQL
    // uuid, timestamptz and boolean).
    private static List<InquiryRow> ReadAll(DbConnection connection, Func<string?, string?>? reveal)
    {
        reveal ??= value => value;
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "Reference", "SubmissionToken", "ReceivedAt", "Name", "Email", "Phone", "PreferredContact",
                   "VoicemailAllowed", "ClinicNameAllowed", "ContactTime", "Message", "SourceSlug", "Status"
            FROM "Inquiries"
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<InquiryRow>();
        while (reader.Read())
        {
            rows.Add(new InquiryRow(
                AsGuid(reader.GetValue(0)),
                reader.GetString(1),
                AsGuid(reader.GetValue(2)),
                AsUtc(reader.GetValue(3)),
                reveal(reader.GetString(4))!,
                reveal(NullableString(reader, 5)),
                reveal(NullableString(reader, 6)),
                reader.GetString(7),
                AsBool(reader.GetValue(8)),
                AsBool(reader.GetValue(9)),
                reveal(NullableString(reader, 10)),
                reveal(NullableString(reader, 11)),
                NullableString(reader, 12),
                reader.GetString(13)));
        }

        return rows;
    }

    private static Guid AsGuid(object value) => value as Guid? ?? Guid.Parse((string)value);

    private static bool AsBool(object value) => value as bool? ?? Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;

    private static DateTime AsUtc(object value) => value is DateTime time
        ? DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc)
        : DateTime.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The row stored for the form with <paramref name="submissionToken"/>; fails if there is more than one.</summary>
    public static InquiryRow? ForToken(string databasePath, string? submissionToken, Func<string?, string?>? reveal = null) =>
        Guid.TryParse(submissionToken, out var token) ? ReadAll(databasePath, reveal).SingleOrDefault(r => r.SubmissionToken == token) : null;

    /// <inheritdoc cref="ForToken(string, string?, Func{string?, string?}?)"/>
    public static InquiryRow? ForToken(SiteFactory site, string? submissionToken, Func<string?, string?>? reveal = null) =>
        Guid.TryParse(submissionToken, out var token) ? ReadAll(site, reveal).SingleOrDefault(r => r.SubmissionToken == token) : null;

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

    private static string? NullableString(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
