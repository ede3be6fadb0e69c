using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Staff;

/// <summary>Writes staff actions to the audit table and to the log, with the account and inquiry id only.</summary>
public sealed partial class AuditLog(SiteDbContext db, IDatabaseWriteGate gate, TimeProvider time, ILogger<AuditLog> logger)
{
    /// <summary>The actor recorded for a sign-in attempt that named no existing account.</summary>
    public const string UnknownAccount = "(no such account)";

    /// <summary>The longest <see cref="AuditEntry.Detail"/> stored; a longer one is cut.</summary>
    public const int DetailLength = 500;

    public Task RecordAsync(string actor, string action, Guid? inquiryId, CancellationToken cancellationToken) =>
        RecordAsync(actor, action, inquiryId, null, cancellationToken);

    public async Task RecordAsync(string actor, string action, Guid? inquiryId, string? detail, CancellationToken cancellationToken)
    {
        // One line per entry, whatever an actor name holds.
        actor = Forms.FormText.CleanLine(actor) ?? UnknownAccount;
        actor = actor.Length > 256 ? actor[..256] : actor;
        detail = Forms.FormText.CleanLine(detail);
        detail = detail?.Length > DetailLength ? detail[..DetailLength] : detail;
        using (await gate.EnterAsync(cancellationToken))
        {
            db.AuditEntries.Add(new AuditEntry { At = time.GetUtcNow().UtcDateTime, Actor = actor, Action = action, InquiryId = inquiryId, Detail = detail });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (inquiryId is { } id)
        {
            LogInquiryAction(logger, actor, action, id);
        }
        else
        {
            LogAction(logger, actor, action);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {Actor} {Action} inquiry {InquiryId}")]
    private static partial void LogInquiryAction(ILogger logger, string actor, string action, Guid inquiryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {Actor} {Action}")]
    private static partial void LogAction(ILogger logger, string actor, string action);
}
