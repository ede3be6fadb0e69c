using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// One pass over the outbox: claims each due message, sends it and records the outcome. A claim moves the row's
/// next-try time past the send timeout, so another sender (or this one after a crash) takes it only once that
/// has passed. The row is marked sent straight after the server accepts it; a crash in that short window (one
/// database write) means it is sent again, with the same Message-Id.
/// </summary>
public sealed partial class OutboxDelivery(
    SiteDbContext db,
    IDatabaseWriteGate gate,
    OutboxClaim claim,
    AlertComposer composer,
    SmtpMailer mailer,
    AuditLog audit,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>The actor audit entries of the sender carry.</summary>
    public const string Actor = "(email alerts)";

    /// <summary>Sends everything due now; returns when the next pending message falls due, if any does.</summary>
    public async Task<DateTime?> RunDueAsync(CancellationToken cancellationToken)
    {
        while (await ClaimNextAsync(cancellationToken) is { } message)
        {
            await DeliverAsync(message, cancellationToken);
        }

        return await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => (DateTime?)m.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private Task<OutboxMessage?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        return claim.NextAsync(now, now + (2 * options.Value.Smtp.Timeout) + TimeSpan.FromMinutes(1), cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.AsNoTracking()
            .Where(i => i.Id == message.InquiryId)
            .Select(i => new { i.ReceivedAt, i.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (inquiry is null || (message.Kind == OutboxKind.ReplyDue && inquiry.Status != InquiryStatus.New))
        {
            await FinishAsync(message, OutboxStatus.Skipped, message.Attempts, inquiry is null ? "Not sent: the request was erased." : "Not sent: the request was answered in time.", cancellationToken);
            return;
        }

        var newCount = await db.Inquiries.CountAsync(i => i.Status == InquiryStatus.New, cancellationToken);
        var answer = await mailer.SendAsync(composer.Compose(message, inquiry.ReceivedAt, newCount), cancellationToken);
        var attempts = message.Attempts + 1;
        if (answer.Accepted)
        {
            await FinishAsync(message, OutboxStatus.Sent, attempts, answer.Response, cancellationToken);
            LogSent(logger, message.Id, message.InquiryId, attempts);
            await audit.RecordAsync(Actor, AuditActions.AlertSent, message.InquiryId, cancellationToken);
        }
        else if (attempts >= options.Value.MaxAttempts)
        {
            await FinishAsync(message, OutboxStatus.Failed, attempts, answer.Response, cancellationToken);
            LogFailed(logger, message.Id, message.InquiryId, attempts);
            await audit.RecordAsync(Actor, AuditActions.AlertFailed, message.InquiryId, cancellationToken);
        }
        else
        {
            var delay = RetrySchedule.DelayAfter(attempts, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay, Random.Shared.NextDouble());
            var now = Now;
            using (await gate.EnterAsync(cancellationToken))
            {
                await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.LastAttemptAt, now)
                        .SetProperty(m => m.LastResponse, answer.Response)
                        .SetProperty(m => m.NextAttemptAt, now + delay),
                    cancellationToken);
            }

            LogRetry(logger, message.Id, message.InquiryId, attempts, delay);
        }
    }

    private async Task FinishAsync(OutboxMessage message, OutboxStatus status, int attempts, string response, CancellationToken cancellationToken)
    {
        var now = Now;
        DateTime? sentAt = status == OutboxStatus.Sent ? now : null;
        // Not the caller's token: once the server has the message, the mark must be written even while stopping.
        using (await gate.EnterAsync(CancellationToken.None))
        {
            await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastAttemptAt, now)
                    .SetProperty(m => m.LastResponse, response)
                    .SetProperty(m => m.SentAt, sentAt),
                CancellationToken.None);
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {OutboxId} for inquiry {InquiryId} accepted by the mail server (try {Attempts})")]
    private static partial void LogSent(ILogger logger, Guid outboxId, Guid? inquiryId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {OutboxId} for inquiry {InquiryId} not accepted (try {Attempts}); next try in {Delay}")]
    private static partial void LogRetry(ILogger logger, Guid outboxId, Guid? inquiryId, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert {OutboxId} for inquiry {InquiryId} failed after {Attempts} tries; see /staff/notifications")]
    private static partial void LogFailed(ILogger logger, Guid outboxId, Guid? inquiryId, int attempts);
}
