using System.Security.Cryptography;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// Proves a key folder reads a database's inquiries the way the site will: the same application name, the same
/// personal-field purpose and, when the settings name one, the certificate that encrypts the keys.
/// </summary>
public static class BackupKeyRing
{
    public static void ProveReads(string keysFolder, string databaseFile, DataProtectionSettings settings)
    {
        if (DatabaseSnapshot.NewestProtectedName(databaseFile) is not { } cipher)
        {
            return;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("AttachmentGuide")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder))
            // Checking must never add a key to what is being checked.
            .DisableAutomaticKeyGeneration();
        try
        {
            if (KeyRingCertificate.Load(settings) is { } certificate)
            {
                dataProtection.UnprotectKeysWithAnyCertificate(certificate);
            }
        }
        catch (InvalidOperationException exception)
        {
            throw new BackupFormatException(exception.Message);
        }

        using var provider = services.BuildServiceProvider();
        try
        {
            new PersonalFieldProtector(provider.GetRequiredService<IDataProtectionProvider>()).Unprotect(cipher);
        }
        catch (CryptographicException)
        {
            throw new BackupFormatException("the backup's key ring cannot decrypt its inquiries (a certificate that encrypts the keys missing from DataProtection:CertificatePath?)");
        }
    }
}
