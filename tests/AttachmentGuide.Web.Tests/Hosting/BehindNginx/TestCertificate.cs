using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// A self-signed TLS certificate for one host name (and 127.0.0.1), made in memory for one test run, as PEM files
/// for nginx; clients accept exactly this certificate (its SHA-256 pinned), not "any certificate".
/// </summary>
public sealed class TestCertificate
{
    private TestCertificate(string certificatePem, string privateKeyPem, string sha256)
    {
        CertificatePem = certificatePem;
        PrivateKeyPem = privateKeyPem;
        Sha256 = sha256;
    }

    public string CertificatePem { get; }

    public string PrivateKeyPem { get; }

    /// <summary>The certificate's SHA-256 hash, hex: what a client checks the server's certificate against.</summary>
    public string Sha256 { get; }

    public static TestCertificate For(string hostName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + hostName, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return new TestCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem(), certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }

    public bool IsThis(X509Certificate? presented) =>
        presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), Sha256, StringComparison.OrdinalIgnoreCase);
}
