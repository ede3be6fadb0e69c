using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AttachmentGuide.Web.Notifications;

/// <summary>Hands one message to the configured mail server with MailKit: one connection per message.</summary>
public sealed class SmtpMailer(IOptions<NotificationOptions> options)
{
    public async Task<SmtpAnswer> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        if (smtp.NormalizedCertificateSha256 is { } pin)
        {
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) => errors == SslPolicyErrors.None || Matches(certificate, pin);
        }

        try
        {
            await client.ConnectAsync(smtp.Host ?? string.Empty, smtp.Port, ToMailKit(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            var response = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SmtpAnswer.Ok(string.IsNullOrWhiteSpace(response) ? "250 accepted" : "250 " + response);
        }
        catch (SmtpCommandException e)
        {
            return SmtpAnswer.Refused($"{(int)e.StatusCode} {e.Message}");
        }
        catch (MailKit.Security.AuthenticationException e)
        {
            return SmtpAnswer.Refused("Sign-in to the mail server failed: " + e.Message);
        }
        catch (ServiceNotAuthenticatedException e)
        {
            // The server answered 530 to a client that did not sign in. MailKit throws this, not an
            // SmtpCommandException, so it is the server's answer like any other refusal (it ended `notify test`
            // with an unhandled exception before).
            return SmtpAnswer.Refused($"The mail server wants a sign-in ({e.Message}): set Notifications:Smtp:UserName and Notifications:Smtp:Password.");
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or ProtocolException or SslHandshakeException or NotSupportedException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SmtpAnswer.Refused($"No answer from {smtp.Host}:{smtp.Port}: {e.Message}");
        }
    }

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase);

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
