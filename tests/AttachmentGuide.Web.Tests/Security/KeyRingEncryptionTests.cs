using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Tests.Security;

/// <summary>
/// With DataProtection:CertificatePath and CertificateKeyPath set, the keys that unlock stored inquiries are
/// encrypted on disk, and a restarted site (a new process with the same folders) still reads every inquiry.
/// </summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private const string Message = "A message only the clinic's staff should ever read";
    private readonly string _folder = Directory.CreateTempSubdirectory("ag-keyring-").FullName;
    private readonly KeyRingCertificateFiles _certificate;

    public KeyRingEncryptionTests()
    {
        _certificate = KeyRingCertificateFiles.WriteTo(_folder);
    }

    private string CertificatePath => _certificate.CertificatePath;

    private string KeyPath => _certificate.KeyPath;

    private string KeysPath => Path.Combine(_folder, "keys");

    private string DatabasePath => Path.Combine(_folder, "inquiries.db");

    [Fact]
    public async Task Keys_on_disk_are_encrypted_and_a_restarted_site_still_reads_what_was_sent()
    {
        using (var site = Site(("DataProtection:CertificatePath", CertificatePath), ("DataProtection:CertificateKeyPath", KeyPath)))
        {
            using var client = site.CreatePlainClient();
            var form = await ContactForm.LoadAsync(client);
            ContactForm.AssertSeeOtherToThanks(await form.FillValid().Set(ContactForm.MessageField, Message).PostAsync());
        }

        var keyFiles = Directory.GetFiles(KeysPath, "key-*.xml");
        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, file =>
        {
            var xml = File.ReadAllText(file);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        SqliteConnection.ClearAllPools();
        using (var restarted = Site(("DataProtection:CertificatePath", CertificatePath), ("DataProtection:CertificateKeyPath", KeyPath)))
        {
            using var client = restarted.CreatePlainClient();
            var row = Assert.Single(InquiryTable.ReadAll(DatabasePath, restarted.Reveal));
            Assert.Equal(Message, row.Message);
        }
    }

    [Fact]
    public void A_certificate_without_its_private_key_stops_start_up_and_names_the_missing_setting()
    {
        using var site = Site(("DataProtection:CertificatePath", CertificatePath));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreatePlainClient());

        Assert.Contains("DataProtection:CertificateKeyPath", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_that_is_not_there_stops_start_up_and_says_where_it_looked()
    {
        var missing = Path.Combine(_folder, "no-such.key");
        using var site = Site(("DataProtection:CertificatePath", CertificatePath), ("DataProtection:CertificateKeyPath", missing));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreatePlainClient());

        Assert.Contains(missing, failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ContactSiteFactory Site(params (string Key, string Value)[] settings) =>
        ContactSiteFactory.WithSettings(
        [
            ("ConnectionStrings:Inquiries", $"Data Source={DatabasePath}"),
            ("DataProtection:KeysPath", KeysPath),
            .. settings,
        ]);
}
