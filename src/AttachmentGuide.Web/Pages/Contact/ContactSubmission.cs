using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Inquiries;

namespace AttachmentGuide.Web.Pages.Contact;

/// <summary>
/// What happens to a posted contact form, in order: honeypot, clean and validate, repeat check, per-address
/// limit, save. It logs each ending with ids only: what people write is health information and never reaches a log.
/// </summary>
public sealed partial class ContactSubmission(IInquiryStore store, ISubmissionPermits permits, ILogger<ContactSubmission> logger)
{
    /// <summary>
    /// Handles one posted form. <paramref name="input"/> is cleaned in place, so a form sent back shows
    /// what would have been stored. <paramref name="sourceSlug"/> is the article it came from, if one exists;
    /// <paramref name="clientKey"/> the client's address for the rate limit.
    /// </summary>
    public async Task<SubmissionOutcome> SubmitAsync(ContactInput input, string? sourceSlug, string clientKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!string.IsNullOrEmpty(input.Website))
        {
            // Looks like success to the bot; nothing is stored.
            LogSpamDropped(logger);
            return new SubmissionOutcome.Spam(InquiryReference.Create());
        }

        var errors = ContactInputValidator.CleanAndValidate(input);
        if (errors.Count > 0)
        {
            var fields = string.Join(", ", errors.Select(e => e.Field).Distinct());
            LogValidationFailed(logger, fields);
            return new SubmissionOutcome.Invalid(errors);
        }

        var token = Guid.TryParse(input.SubmissionToken, out var parsed) ? parsed : Guid.NewGuid();
        try
        {
            return await StoreAsync(ContactInputValidator.ToInquiry(input, token, sourceSlug), sourceSlug, clientKey, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A full disk, a database that cannot be written or was replaced: the person sees the form again with
            // what they typed, and no permit is used. The exception names no personal data.
            LogSaveFailed(logger, exception);
            return new SubmissionOutcome.SaveFailed();
        }
    }

    /// <summary>Repeat check, per-address limit, then the one write, committed in one transaction or not at all.</summary>
    private async Task<SubmissionOutcome> StoreAsync(NewInquiry inquiry, string? sourceSlug, string clientKey, CancellationToken cancellationToken)
    {
        // A refresh or double click of a form already stored answers with its reference and uses no permit.
        if (await store.FindBySubmissionTokenAsync(inquiry.SubmissionToken, cancellationToken) is { } earlier)
        {
            LogRepeatedSubmission(logger, earlier.Id);
            return new SubmissionOutcome.Repeated(earlier.Reference);
        }

        if (!await permits.HasPermitAsync(clientKey, cancellationToken))
        {
            LogRateLimited(logger);
            return new SubmissionOutcome.RateLimited();
        }

        var stored = await store.SaveAsync(inquiry, cancellationToken);

        // Two posts of the same form can both pass the repeat check; the store keeps the first.
        if (!stored.Created)
        {
            LogRepeatedSubmission(logger, stored.Id);
            return new SubmissionOutcome.Repeated(stored.Reference);
        }

        // Taken only now: a save that failed (a full disk) must not count against the person.
        await TakePermitAsync(clientKey);
        LogInquiryReceived(logger, stored.Id, sourceSlug ?? "(none)");
        return new SubmissionOutcome.Stored(stored.Reference);
    }

    /// <summary>
    /// Counts the stored inquiry against the limit. It is stored whatever happens here: a count that cannot be written
    /// (a shared database's hiccup) is logged and the person still gets their reference.
    /// </summary>
    private async Task TakePermitAsync(string clientKey)
    {
        try
        {
            // Not the request's token: a browser that leaves now must not skip the count.
            await permits.TryTakeAsync(clientKey, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPermitNotCounted(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A stored inquiry could not be counted against the rate limit")]
    private static partial void LogPermitNotCounted(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry {InquiryId} received from article {SourceSlug}")]
    private static partial void LogInquiryReceived(ILogger logger, Guid inquiryId, string sourceSlug);

    [LoggerMessage(Level = LogLevel.Error, Message = "Contact form submission could not be saved; the form was shown again")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated submission of inquiry {InquiryId}; nothing new stored")]
    private static partial void LogRepeatedSubmission(ILogger logger, Guid inquiryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact form returned for correction; fields: {Fields}")]
    private static partial void LogValidationFailed(ILogger logger, string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a spam submission (honeypot field filled)")]
    private static partial void LogSpamDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact form submission refused: rate limit reached")]
    private static partial void LogRateLimited(ILogger logger);
}
