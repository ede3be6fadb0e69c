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
    /// <summary>
    /// Data Protection over <paramref name="keysFolder"/> as the site reads it (its application name and, when the
    /// settings name one, the certificate that encrypts the keys), never adding a key to the folder it reads.
    /// Throws <see cref="InvalidOperationException"/> when the certificate cannot be loaded.
    /// </summary>
    public static ServiceProvider ReadOnly(string keysFolder, DataProtectionSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("AttachmentGuide")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder))
            .DisableAutomaticKeyGeneration();
        if (KeyRingCertificate.Load(settings) is { } certificate)
        {
            dataProtection.UnprotectKeysWithAnyCertificate(certificate);
        }

        return services.BuildServiceProvider();
    }

    public static void ProveReads(string keysFolder, string databaseFile, DataProtectionSettings settings)
    {
        if (DatabaseSnapshot.NewestProtectedName(databaseFile) is not { } cipher)
        {
            return;
        }

        ServiceProvider provider;
        try
        {
            provider = ReadOnly(keysFolder, settings);
        }
        catch (InvalidOperationException exception)
        {
            throw new BackupFormatException(exception.Message);
        }

        using (provider)
        {
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
}
