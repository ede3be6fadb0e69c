using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>
/// STARTTLS to a relay whose certificate no public authority signed, trusted by its SHA-256 fingerprint
/// (<c>Notifications:Smtp:CertificateSha256</c>), as an operator with a clinic-internal relay would set it.
/// </summary>
public sealed class AlertStartTlsTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_pinned_certificate_is_trusted_and_the_alert_goes_over_tls()
    {
        using var certificate = SelfSignedCertificate();
        await using var smtp = await TestSmtpServer.StartNewAsync(certificate);
        using var factory = new AlertSiteFactory(
            smtp,
            ("Notifications:Smtp:Security", "StartTls"),
            ("Notifications:Smtp:CertificateSha256", certificate.GetCertHashString(HashAlgorithmName.SHA256)));

        await SubmitAsync(factory);

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1, Soon));
        Assert.True(received.OverTls, "The message was sent without TLS");
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused_and_nothing_is_sent()
    {
        using var certificate = SelfSignedCertificate();
        await using var smtp = await TestSmtpServer.StartNewAsync(certificate);
        using var factory = new AlertSiteFactory(smtp, ("Notifications:Smtp:Security", "StartTls"));

        await SubmitAsync(factory);

        var row = await factory.WaitForOutboxAsync(r => r.Attempts >= 1, Soon, "tried");
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("certificate", row.LastResponse, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(smtp.Messages);
    }

    private static async Task SubmitAsync(ContactSiteFactory factory)
    {
        using var client = factory.CreatePlainClient();
        using var response = await (await LoadAsync(client)).FillValid().PostAsync();
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=relay.clinic.internal", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("relay.clinic.internal");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Re-loaded from PFX so that SslStream on Linux can use its private key.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
