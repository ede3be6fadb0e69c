using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AttachmentGuide.Web.Tests.Security;

/// <summary>
/// A new self-signed certificate and its private key as PEM files, as DataProtection:CertificatePath and
/// DataProtection:CertificateKeyPath name them.
/// </summary>
public sealed record KeyRingCertificateFiles(string CertificatePath, string KeyPath)
{
    public static KeyRingCertificateFiles WriteTo(string folder)
    {
        var files = new KeyRingCertificateFiles(Path.Combine(folder, "keyring.crt"), Path.Combine(folder, "keyring.key"));
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=AttachmentGuide key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        File.WriteAllText(files.CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(files.KeyPath, rsa.ExportPkcs8PrivateKeyPem());
        return files;
    }
}
