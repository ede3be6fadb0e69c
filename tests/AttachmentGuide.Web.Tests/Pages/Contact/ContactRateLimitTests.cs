using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>
/// TestServer gives every client the same (missing) address, so all clients share one partition:
/// each test starts a host of its own with the limit it needs.
/// </summary>
public sealed class ContactRateLimitTests
{
    [Fact]
    public async Task The_submission_after_the_limit_is_refused_with_429_and_a_kind_page_with_the_clinic_phone()
    {
        using var factory = ContactSiteFactory.WithSettings(("Contact:RateLimit:PermitLimit", "2"));
        using var client = factory.CreatePlainClient();

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await (await LoadAsync(client)).FillValid($"Person {i}").PostAsync();
            AssertSeeOtherToThanks(accepted);
        }

        var third = (await LoadAsync(client)).FillValid("Person 3");
        using var refused = await third.PostAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await AssertKindTooManyPageAsync(refused);
        Assert.Equal(2, factory.InquiryCount());
        Assert.Null(factory.InquiryFor(third.SubmissionToken));
    }

    [Fact]
    public async Task Invalid_submissions_do_not_count_towards_the_limit()
    {
        using var factory = ContactSiteFactory.WithSettings(("Contact:RateLimit:PermitLimit", "2"));
        using var client = factory.CreatePlainClient();

        for (var i = 0; i < 5; i++)
        {
            using var returned = await (await LoadAsync(client)).FillValid().Remove(ConsentField).PostAsync();
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await (await LoadAsync(client)).FillValid($"Corrected {i}").PostAsync();
            AssertSeeOtherToThanks(accepted);
        }

        Assert.Equal(2, factory.InquiryCount());
    }

    [Fact]
    public async Task At_the_limit_repeating_the_last_accepted_form_still_answers_with_its_reference()
    {
        using var factory = ContactSiteFactory.WithSettings(("Contact:RateLimit:PermitLimit", "2"));
        using var client = factory.CreatePlainClient();
        using var first = await (await LoadAsync(client)).FillValid("First Person").PostAsync();
        AssertSeeOtherToThanks(first);
        var last = (await LoadAsync(client)).FillValid("Double Clicker");
        using var accepted = await last.PostAsync();
        var reference = await FollowToThanksAsync(accepted, client);

        using var repeat = await last.PostAsync();

        Assert.Equal(reference, await FollowToThanksAsync(repeat, client));
        Assert.Equal(2, factory.InquiryCount());
    }

    [Fact]
    public async Task A_flood_of_invalid_posts_is_stopped_by_the_wider_post_limit()
    {
        using var factory = ContactSiteFactory.WithSettings(("Contact:RateLimit:PostLimit", "3"));
        using var client = factory.CreatePlainClient();

        for (var i = 0; i < 3; i++)
        {
            using var returned = await (await LoadAsync(client)).PostAsync();
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        var form = (await LoadAsync(client)).FillValid();
        using var refused = await form.PostAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await AssertKindTooManyPageAsync(refused);
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Fact]
    public async Task The_limit_does_not_apply_to_reading_the_form()
    {
        using var factory = ContactSiteFactory.WithSettings(("Contact:RateLimit:PostLimit", "1"), ("Contact:RateLimit:PermitLimit", "1"));
        using var client = factory.CreatePlainClient();

        for (var i = 0; i < 5; i++)
        {
            await client.GetDocumentAsync("/contact");
        }

        using var accepted = await (await LoadAsync(client)).FillValid().PostAsync();
        AssertSeeOtherToThanks(accepted);
    }

    private static async Task AssertKindTooManyPageAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await HtmlHelpers.ParseAsync(response);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(h1.Text()));
        var call = page.QuerySelectorAll("main a[href]").OfType<IHtmlAnchorElement>()
            .FirstOrDefault(a => a.GetAttribute("href") == SiteYaml.ClinicPhoneTelUri);
        Assert.True(call is not null, $"The 429 page has no link to {SiteYaml.ClinicPhoneTelUri}: {page.QuerySelector("main")?.Text()}");
        Assert.Equal(SiteYaml.ClinicPhone, call.Text());
    }
}
