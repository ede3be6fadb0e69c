using System.Net;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>A form that arrives after the site began to stop is refused kindly, with what was typed kept, and nothing stored.</summary>
public sealed class StoppingSiteTests
{
    [Fact]
    public async Task A_form_sent_while_the_site_stops_gets_a_kind_503_with_the_clinic_phone_and_crisis_help()
    {
        using var site = new ContactSiteFactory();
        using var client = site.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Robin Ashby").Set(MessageField, "Sent as the site restarts.");
        site.Services.GetRequiredService<SubmissionDrain>().BeginStop();

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var notice = document.GetElementById("error-summary");
        Assert.NotNull(notice);
        Assert.Contains("restarting", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(SiteYaml.ClinicPhone, notice.QuerySelector($"a[href='{SiteYaml.ClinicPhoneTelUri}']")?.TextContent);
        Assert.NotNull(document.GetElementById("crisis-help"));
        Assert.Equal("Robin Ashby", document.GetElementById("Input_Name")?.GetAttribute("value"));
        Assert.Equal(0, site.InquiryCount());
    }
}
