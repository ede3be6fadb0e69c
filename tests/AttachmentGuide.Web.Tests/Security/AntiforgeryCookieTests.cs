using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Security;

/// <summary>Over https the antiforgery cookie is a <c>__Host-</c> cookie (Secure, path /); over plain http it keeps its plain name.</summary>
public sealed class AntiforgeryCookieTests(ContactSiteFactory site) : IClassFixture<ContactSiteFactory>
{
    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("ag-antiforgery=", StringComparison.Ordinal));

    [Fact]
    public async Task Over_https_the_form_sets_a_host_prefixed_secure_cookie_and_the_form_still_posts()
    {
        using var client = site.CreatePlainClient("https://localhost");
        using var page = await client.GetAsync(new Uri("/contact", UriKind.Relative), TestContext.Current.CancellationToken);

        var cookie = AntiforgeryCookie(page);
        Assert.StartsWith("__Host-ag-antiforgery=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Over Https").PostAsync());
    }

    [Fact]
    public async Task Behind_the_tls_proxy_the_cookie_takes_the_prefix_too()
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/contact");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var page = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.StartsWith("__Host-ag-antiforgery=", AntiforgeryCookie(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_keeps_its_plain_name()
    {
        using var client = site.CreatePlainClient();
        using var page = await client.GetAsync(new Uri("/contact", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.StartsWith("ag-antiforgery=", AntiforgeryCookie(page), StringComparison.Ordinal);
    }
}
