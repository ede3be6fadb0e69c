using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class ContactAntiforgeryTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    [Fact]
    public async Task The_form_carries_an_antiforgery_token_and_sets_its_cookie()
    {
        using var client = factory.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/contact", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = FromDocument(client, "/contact", await HtmlHelpers.ParseAsync(response));
        Assert.False(string.IsNullOrEmpty(form[AntiforgeryField]));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ag-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_stores_nothing()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Remove(AntiforgeryField);

        using var response = await form.PostAsync();

        await AssertRefusedAsync(response, form);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_post_with_a_wrong_antiforgery_token_is_refused_with_400_and_stores_nothing(string token)
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Set(AntiforgeryField, token);

        using var response = await form.PostAsync();

        await AssertRefusedAsync(response, form);
    }

    [Fact]
    public async Task A_token_from_someone_elses_form_is_refused_with_400_and_stores_nothing()
    {
        using var mine = factory.CreatePlainClient();
        using var theirs = factory.CreatePlainClient();
        var form = (await LoadAsync(mine)).FillValid();
        var other = await LoadAsync(theirs);
        form.Set(AntiforgeryField, other[AntiforgeryField]!);

        using var response = await form.PostAsync();

        await AssertRefusedAsync(response, form);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_cookie_is_refused_with_400_and_stores_nothing()
    {
        using var client = factory.CreatePlainClient();
        using var cookieless = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid();

        using var response = await form.PostAsync(via: cookieless);

        await AssertRefusedAsync(response, form);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, ContactForm form)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("could not be sent", h1.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }
}
