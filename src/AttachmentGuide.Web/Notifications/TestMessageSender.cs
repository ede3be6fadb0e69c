using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

/// <summary>"Send a test message": straight to the mail server, not through the outbox, so the answer comes back at once.</summary>
public sealed class TestMessageSender(AlertComposer composer, SmtpMailer mailer, IOptions<NotificationOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The configured server and port, for messages to staff (never the password or user name).</summary>
    public string Server => $"{options.Value.Smtp.Host}:{options.Value.Smtp.Port}";

    /// <summary>Sends to <paramref name="to"/>, or to <c>Notifications:To</c> when it is null.</summary>
    public Task<SmtpAnswer> SendAsync(string? to, CancellationToken cancellationToken) =>
        mailer.SendAsync(composer.ComposeTest(Guid.NewGuid(), to is null ? null : [to]), cancellationToken);

    public IReadOnlyList<string> Recipients(string? to) => to is null ? options.Value.To : [to];
}
