using AttachmentGuide.Web.Inquiries;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>Deletes inquiries older than the retention period. Time comes from <see cref="TimeProvider"/>, so tests can move it.</summary>
public sealed partial class RetentionSweeper(IInquiryStore store, AuditLog audit, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSweeper> logger)
{
    public const string Actor = "retention";

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await store.DeleteReceivedBeforeAsync(cutoff, cancellationToken);
        foreach (var id in deleted)
        {
            await audit.RecordAsync(Actor, AuditActions.RetentionDelete, id, cancellationToken);
        }

        LogSwept(logger, deleted.Count, options.Value.RetentionDays);
        return deleted.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} inquiries older than {RetentionDays} days")]
    private static partial void LogSwept(ILogger logger, int count, int retentionDays);
}
