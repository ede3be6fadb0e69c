using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Pages.Contact;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>The submission's order of checks and what each ending logs, without a server.</summary>
public sealed class ContactSubmissionServiceTests : IDisposable
{
    private const string Client = "192.0.2.10";

    private readonly FakeInquiryStore _store = new();
    private readonly RecordingLogger<ContactSubmission> _logger = new();
    private readonly SubmissionRateLimiter _limiter = new(Options.Create(new ContactRateLimitOptions { PermitLimit = 1 }));

    public void Dispose() => _limiter.Dispose();

    private ContactSubmission Submission() => new(_store, _limiter, _logger);

    private static ContactInput Valid(string? token = null)
    {
        var input = ValidContactInput.Create();
        input.Name = "  Quillon Zephyrine ";
        input.Email = "quillon@example.net";
        input.Message = "xylophone-marmalade";
        input.SubmissionToken = token ?? Guid.NewGuid().ToString();
        return input;
    }

    private Task<SubmissionOutcome> SubmitAsync(ContactInput input, string? sourceSlug = null) =>
        Submission().SubmitAsync(input, sourceSlug, Client, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_filled_honeypot_is_thanked_with_a_fresh_reference_and_nothing_is_looked_up_or_stored()
    {
        var input = Valid();
        input.Website = "https://spam.example";

        var outcome = await SubmitAsync(input);

        var spam = Assert.IsType<SubmissionOutcome.Spam>(outcome);
        Assert.True(InquiryReference.IsWellFormed(spam.Reference));
        Assert.Equal((0, 0), (_store.Lookups, _store.Saved.Count));
        Assert.Equal([(LogLevel.Warning, "Dropped a spam submission (honeypot field filled)")], _logger.Entries);
    }

    [Fact]
    public async Task Invalid_input_is_cleaned_in_place_returned_with_its_errors_and_logs_only_the_field_names()
    {
        var input = Valid();
        input.Email = "quillon@@example.net";
        input.Consent = null;

        var outcome = await SubmitAsync(input);

        var invalid = Assert.IsType<SubmissionOutcome.Invalid>(outcome);
        Assert.Equal(["Email", "Consent"], invalid.Errors.Select(e => e.Field));
        Assert.Equal("Quillon Zephyrine", input.Name);
        Assert.Equal((0, 0), (_store.Lookups, _store.Saved.Count));
        Assert.Equal([(LogLevel.Information, "Contact form returned for correction; fields: Email, Consent")], _logger.Entries);
    }

    [Fact]
    public async Task A_valid_form_is_stored_under_its_token_and_logged_by_id_and_source_article()
    {
        var token = Guid.NewGuid();

        var outcome = await SubmitAsync(Valid(token.ToString()), "what-causes-attachment-trauma");

        var stored = Assert.IsType<SubmissionOutcome.Stored>(outcome);
        var saved = Assert.Single(_store.Saved);
        Assert.Equal((token, "what-causes-attachment-trauma", "Quillon Zephyrine"), (saved.SubmissionToken, saved.Content.SourceSlug, saved.Content.Name));
        var kept = await _store.FindBySubmissionTokenAsync(token, TestContext.Current.CancellationToken);
        Assert.Equal(kept!.Reference, stored.Reference);
        Assert.Equal([(LogLevel.Information, $"Inquiry {kept.Id} received from article what-causes-attachment-trauma")], _logger.Entries);
    }

    [Fact]
    public async Task A_form_from_no_article_is_logged_as_from_none()
    {
        await SubmitAsync(Valid());

        Assert.EndsWith("received from article (none)", Assert.Single(_logger.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_already_stored_answers_with_its_reference_and_uses_no_permit()
    {
        var token = Guid.NewGuid();
        var earlier = new StoredInquiry(Guid.NewGuid(), "ABCD-EFGH", Created: false);
        _store.Add(token, earlier);

        var repeated = await SubmitAsync(Valid(token.ToString()));
        var next = await SubmitAsync(Valid());

        Assert.Equal(new SubmissionOutcome.Repeated("ABCD-EFGH"), repeated);
        Assert.IsType<SubmissionOutcome.Stored>(next);
        Assert.Equal((LogLevel.Information, $"Repeated submission of inquiry {earlier.Id}; nothing new stored"), _logger.Entries[0]);
    }

    [Fact]
    public async Task A_new_form_past_the_limit_is_refused_and_not_stored()
    {
        await SubmitAsync(Valid());

        var outcome = await SubmitAsync(Valid());

        Assert.IsType<SubmissionOutcome.RateLimited>(outcome);
        Assert.Single(_store.Saved);
        Assert.Equal((LogLevel.Warning, "Contact form submission refused: rate limit reached"), _logger.Entries[^1]);
    }

    [Fact]
    public async Task A_form_another_request_stored_first_is_answered_as_a_repeat()
    {
        var first = new StoredInquiry(Guid.NewGuid(), "WXYZ-2345", Created: false);
        _store.StoredByAnotherRequest = first;

        var outcome = await SubmitAsync(Valid());

        Assert.Equal(new SubmissionOutcome.Repeated("WXYZ-2345"), outcome);
        Assert.Equal([(LogLevel.Information, $"Repeated submission of inquiry {first.Id}; nothing new stored")], _logger.Entries);
    }

    [Fact]
    public async Task A_form_whose_token_is_not_a_guid_is_stored_under_a_new_one()
    {
        await SubmitAsync(Valid("not-a-guid"));

        Assert.NotEqual(Guid.Empty, Assert.Single(_store.Saved).SubmissionToken);
    }

    [Fact]
    public async Task No_log_message_holds_what_the_person_typed()
    {
        var invalid = Valid();
        invalid.Phone = "+44 7700 900123 wobbleflint";
        await SubmitAsync(invalid);
        await SubmitAsync(Valid(), "what-causes-attachment-trauma");

        Assert.All(_logger.Entries, e => Assert.DoesNotContain("Quillon", e.Message, StringComparison.Ordinal));
        Assert.All(_logger.Entries, e => Assert.DoesNotContain("wobbleflint", e.Message, StringComparison.Ordinal));
        Assert.All(_logger.Entries, e => Assert.DoesNotContain("xylophone", e.Message, StringComparison.Ordinal));
    }
}
