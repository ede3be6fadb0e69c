namespace AttachmentGuide.Web.Notifications;

/// <summary>What became of one attempt to hand a message to the mail server.</summary>
/// <param name="Accepted">The server took the message for delivery.</param>
/// <param name="Response">The server's words (e.g. <c>250 2.0.0 Ok</c>), or why no conversation happened.</param>
public sealed record SmtpAnswer(bool Accepted, string Response)
{
    public const int MaxLength = 500;

    public static SmtpAnswer Ok(string response) => new(true, Trim(response));

    public static SmtpAnswer Refused(string response) => new(false, Trim(response));

    // One line, short: it is shown to staff and kept in the outbox row.
    private static string Trim(string response)
    {
        var line = string.Join(' ', response.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > MaxLength ? line[..MaxLength] : line;
    }
}
