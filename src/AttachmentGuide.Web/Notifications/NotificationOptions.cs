using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// Email alerts to staff about new contact requests. Bound from <c>Notifications</c>. Every rule is checked at
/// start-up (see <see cref="Validate"/>): nested sections are not reached by data annotations alone.
/// </summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string SectionName = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender address, e.g. <c>alerts@clinic.example</c>.</summary>
    public string? From { get; set; }

    /// <summary>Staff addresses that receive every alert.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Tries before a message is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; each later wait doubles, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the sender looks at the outbox when nothing wakes it (another instance may have written).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool Enabled => Smtp.IsConfigured;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return Fail($"{SectionName}:Smtp:Port must be between 1 and 65535, not {Smtp.Port}.", "Smtp");
        }

        if (!IsMailbox(From))
        {
            yield return Fail($"{SectionName}:From must be one email address such as alerts@clinic.example while {SectionName}:Smtp:Host is set; it is '{From}'.", nameof(From));
        }

        if (To.Count == 0)
        {
            yield return Fail($"{SectionName}:To must list at least one staff address while {SectionName}:Smtp:Host is set.", nameof(To));
        }

        for (var i = 0; i < To.Count; i++)
        {
            if (!IsMailbox(To[i]))
            {
                yield return Fail($"{SectionName}:To:{i} is not one email address: '{To[i]}'.", nameof(To));
            }
        }

        if (string.IsNullOrEmpty(Smtp.UserName) != string.IsNullOrEmpty(Smtp.Password))
        {
            yield return Fail($"{SectionName}:Smtp:UserName and {SectionName}:Smtp:Password are set together or not at all.", "Smtp");
        }

        if (Smtp.NormalizedCertificateSha256 is { } pin && (pin.Length != 64 || !pin.All(Uri.IsHexDigit)))
        {
            yield return Fail($"{SectionName}:Smtp:CertificateSha256 must be 64 hex digits (a SHA-256 fingerprint).", "Smtp");
        }

        if (FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
        {
            yield return Fail($"{SectionName}:FirstRetryDelay must be positive and no longer than {SectionName}:MaxRetryDelay.", nameof(FirstRetryDelay));
        }

        if (PollInterval <= TimeSpan.Zero || Smtp.Timeout <= TimeSpan.Zero)
        {
            yield return Fail($"{SectionName}:PollInterval and {SectionName}:Smtp:Timeout must be positive.", nameof(PollInterval));
        }
    }

    /// <summary>One plain address (no display name, no list), as MimeKit parses it.</summary>
    public static bool IsMailbox(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !MailboxAddress.TryParse(value, out var mailbox) || mailbox is null)
        {
            return false;
        }

        var at = mailbox.Address.IndexOf('@', StringComparison.Ordinal);
        return string.IsNullOrEmpty(mailbox.Name)
            && string.Equals(mailbox.Address, value.Trim(), StringComparison.Ordinal)
            && at > 0 && at < mailbox.Address.Length - 1;
    }

    private static ValidationResult Fail(string message, string member) => new(message, [member]);
}
