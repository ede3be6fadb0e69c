using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// The optional certificate that encrypts the Data Protection key ring on disk. Linux has no DPAPI, so
/// without it the keys that unlock every stored inquiry sit in the keys folder as plain XML: a copy of
/// that folder and the database together reveal everything. With it, the private key file, kept apart
/// from both (and out of their backups), is needed as well.
/// </summary>
public static class KeyRingCertificate
{
    private const string CertificateSetting = DataProtectionSettings.SectionName + ":" + nameof(DataProtectionSettings.CertificatePath);
    private const string KeySetting = DataProtectionSettings.SectionName + ":" + nameof(DataProtectionSettings.CertificateKeyPath);

    /// <summary>
    /// The certificate named by the settings, with its private key, or null when neither setting is given.
    /// A half-given pair, a missing file or an unreadable one stops start-up with a message naming the setting.
    /// </summary>
    public static X509Certificate2? Load(DataProtectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var certificatePath = settings.CertificatePath;
        var keyPath = settings.CertificateKeyPath;
        if (string.IsNullOrWhiteSpace(certificatePath) && string.IsNullOrWhiteSpace(keyPath))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(certificatePath) || string.IsNullOrWhiteSpace(keyPath))
        {
            throw new InvalidOperationException(
                $"{CertificateSetting} and {KeySetting} go together: set both (a PEM certificate and its PEM private key) or neither.");
        }

        certificatePath = Path.GetFullPath(certificatePath);
        keyPath = Path.GetFullPath(keyPath);
        RequireFile(CertificateSetting, certificatePath);
        RequireFile(KeySetting, keyPath);
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"{CertificateSetting} ({certificatePath}) and {KeySetting} ({keyPath}) could not be read as a PEM certificate and its private key: {ex.Message}", ex);
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{CertificateSetting} must be an RSA certificate: the key ring is encrypted with RSA (XML Encryption).");
        }

        return certificate;
    }

    private static void RequireFile(string setting, string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting}: there is no file at {path}.");
        }
    }
}
