namespace AttachmentGuide.Web.Notifications;

/// <summary>How the connection to the mail server is protected (MailKit's <c>SecureSocketOptions</c>, by name).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, refused when the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, STARTTLS when offered elsewhere.</summary>
    Auto,
}
