namespace AttachmentGuide.Web.Notifications;

/// <summary>The mail server alerts go through. Bound from <c>Notifications:Smtp</c>; alerts are off while <see cref="Host"/> is empty.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    /// <summary>From the environment, or user secrets in Development (site and commands alike); never logged or shown.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The SHA-256 fingerprint (hex, colons allowed) of a server certificate to trust although no public
    /// authority signed it, e.g. a relay inside the clinic's network with its own certificate. Empty: the
    /// system's usual checks alone decide.
    /// </summary>
    public string? CertificateSha256 { get; set; }

    /// <summary>How long one connection may take, from connect to QUIT.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary><see cref="CertificateSha256"/> as bare upper-case hex, or null.</summary>
    public string? NormalizedCertificateSha256 =>
        string.IsNullOrWhiteSpace(CertificateSha256) ? null : CertificateSha256.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
