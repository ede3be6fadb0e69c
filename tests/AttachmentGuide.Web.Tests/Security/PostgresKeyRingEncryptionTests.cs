using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Security;

/// <summary>
/// On PostgreSQL the key ring is a table in the shared database; with DataProtection:CertificatePath and
/// CertificateKeyPath set, the keys there are encrypted, so a copy of the database alone reads no inquiry. Another
/// instance with the certificate reads what the first stored; one without it refuses to start.
/// </summary>
public sealed class PostgresKeyRingEncryptionTests : IClassFixture<PostgresDatabases>, IDisposable
{
    private const string Message = "A message only the clinic's staff should ever read";
    private readonly string _folder = Directory.CreateTempSubdirectory("ag-pg-keyring-").FullName;
    private readonly KeyRingCertificateFiles _certificate;
    private readonly PostgresDatabases _databases;

    public PostgresKeyRingEncryptionTests(PostgresDatabases databases)
    {
        _databases = databases;
        _certificate = KeyRingCertificateFiles.WriteTo(_folder);
    }

    private string CertificatePath => _certificate.CertificatePath;

    private string KeyPath => _certificate.KeyPath;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Keys_in_the_database_are_encrypted_and_another_instance_with_the_certificate_reads_what_was_sent()
    {
        var database = _databases.Create();
        await using var first = Site(database, withCertificate: true);
        var sent = await StaffTestData.SubmitContactFormAsync(first, new ContactValues("Keyring Reader", "keyring@example.com", Message: Message));

        var keys = await KeyXmlAsync(database);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        await using var second = Site(database, withCertificate: true);
        var read = await StaffTestData.GetAsync(second, sent.Id);
        Assert.Equal(Message, read?.Content.Message);
    }

    [Fact]
    public async Task An_instance_without_the_certificate_refuses_to_start_naming_it()
    {
        var database = _databases.Create();
        await using (var first = Site(database, withCertificate: true))
        {
            await StaffTestData.SubmitContactFormAsync(first, new ContactValues("Keyring Reader", "keyring@example.com", Message: Message));
        }

        await using var without = Site(database, withCertificate: false);
        var failure = Assert.ThrowsAny<Exception>(() => without.CreatePlainClient());

        Assert.Contains("DataProtection:CertificatePath", failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Message, failure.ToString(), StringComparison.Ordinal);
    }

    private StaffSiteFactory Site(PostgresDatabase database, bool withCertificate)
    {
        var site = new StaffSiteFactory();
        foreach (var (key, value) in _databases.SettingsFor(DatabaseOptions.Postgres, database))
        {
            site.Settings[key] = value;
        }

        if (withCertificate)
        {
            site.Settings["DataProtection:CertificatePath"] = CertificatePath;
            site.Settings["DataProtection:CertificateKeyPath"] = KeyPath;
        }

        return site;
    }

    private static async Task<List<string>> KeyXmlAsync(PostgresDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = new NpgsqlCommand("SELECT \"Xml\" FROM \"DataProtectionKeys\"", connection);
        await using var reader = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
