using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>Recent alert deliveries and failures, and a button that sends a test message.</summary>
public sealed class NotificationsModel(OutboxHistory history, TestMessageSender sender, AuditLog audit, IOptions<ClinicOptions> clinic) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public bool Enabled => sender.Enabled;

    public string Server => sender.Server;

    public ClinicOptions Clinic => clinic.Value;

    /// <summary>The answer to a test message just sent, if one was.</summary>
    public SmtpAnswer? TestAnswer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await history.RecentAsync(Shown, cancellationToken);

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (sender.Enabled)
        {
            TestAnswer = await sender.SendAsync(null, cancellationToken);
            await audit.RecordAsync(User.Identity?.Name ?? AuditLog.UnknownAccount, AuditActions.NotifyTest, null, cancellationToken);
        }

        Messages = await history.RecentAsync(Shown, cancellationToken);
        return Page();
    }
}
