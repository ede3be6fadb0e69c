using System.Globalization;
using System.Net;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Staff;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// Writes the emails staff receive. What goes in is chosen here and only here: the reference, the received time,
/// how many requests are New, and a link that needs a sign-in. Never the person's name, contact details,
/// message, safe-contact answers, nor the article they came from — the topic alone can be personal.
/// </summary>
public sealed class AlertComposer(IOptions<NotificationOptions> notifications, IOptions<SiteOptions> site, IOptions<ClinicOptions> clinic, TimeProvider time)
{
    /// <summary>The alert or reminder for <paramref name="message"/>, about a request received at <paramref name="receivedAtUtc"/>.</summary>
    public MimeMessage Compose(OutboxMessage message, DateTime receivedAtUtc, int newCount)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reminder = message.Kind == OutboxKind.ReplyDue;
        var subject = reminder ? $"Reply due: contact request {message.Reference}" : $"New contact request {message.Reference}";
        var opening = reminder
            ? "A contact request is still New and its reply is now due."
            : "A new contact request has arrived.";
        var received = ClinicTime(receivedAtUtc);
        var link = $"{site.Value.NormalizedBaseUrl}/staff/inquiries/{message.InquiryId}";
        var stillNew = newCount == 1 ? "1 request is" : $"{newCount.ToString(CultureInfo.InvariantCulture)} requests are";

        var text = $"""
            {opening}

            Reference: {message.Reference}
            Received: {received}
            {stillNew} still New.

            Open it on the site (sign-in required):
            {link}

            This email holds no details of the person, on purpose: they are kept on the site only.
            """;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{Encode(subject)}</title></head>
            <body>
            <p>{Encode(opening)}</p>
            <p>Reference: <strong>{Encode(message.Reference)}</strong><br>
            Received: {Encode(received)}<br>
            {Encode(stillNew)} still New.</p>
            <p><a href="{Encode(link)}">Open request {Encode(message.Reference)} on the site</a> (sign-in required).</p>
            <p>This email holds no details of the person, on purpose: they are kept on the site only.</p>
            </body></html>
            """;
        return Build(message.Id, subject, text, html);
    }

    /// <summary>A message that proves the settings work, sent by staff from the site or the command line.</summary>
    public MimeMessage ComposeTest(Guid id, IReadOnlyList<string>? to = null)
    {
        const string subject = "Test message from the contact form alerts";
        var now = ClinicTime(time.GetUtcNow().UtcDateTime);
        var text = $"""
            This is a test of the site's email alerts, sent {now}.

            When a contact request arrives, an email like this one tells you its reference and links to it on the site.
            It never holds the person's details.
            """;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{subject}</title></head>
            <body>
            <p>This is a test of the site's email alerts, sent {Encode(now)}.</p>
            <p>When a contact request arrives, an email like this one tells you its reference and links to it on the site.
            It never holds the person's details.</p>
            </body></html>
            """;
        return Build(id, subject, text, html, to);
    }

    /// <summary>The stable <c>Message-Id</c> for outbox row <paramref name="id"/>: a resent copy carries the same one.</summary>
    public string MessageIdFor(Guid id)
    {
        var host = Uri.TryCreate(site.Value.NormalizedBaseUrl, UriKind.Absolute, out var uri) ? uri.IdnHost : "attachmentguide.invalid";
        return $"{id:N}@{host}";
    }

    private MimeMessage Build(Guid id, string subject, string text, string html, IReadOnlyList<string>? to = null)
    {
        var options = notifications.Value;
        var message = new MimeMessage { Subject = subject, MessageId = MessageIdFor(id), Date = time.GetUtcNow() };
        message.From.Add(MailboxAddress.Parse(options.From ?? string.Empty));
        foreach (var address in to is { Count: > 0 } ? to : options.To)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        // RFC 3834: an automatic message, so no auto-reply comes back to it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private string ClinicTime(DateTime utc)
    {
        var local = clinic.Value.ToClinicTime(utc);
        return local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({clinic.Value.TimeZone})";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
