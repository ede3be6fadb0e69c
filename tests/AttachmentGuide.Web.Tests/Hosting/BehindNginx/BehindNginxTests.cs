using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// The deployment README.md describes, proven on loopback: the published site behind nginx with the README's site
/// file and TLS. Plain http is sent to https; over https the site sees https (nginx's X-Forwarded-Proto), so it sends
/// HSTS and Secure <c>__Host-</c> cookies; and it sees the reader's address that nginx gives (X-Forwarded-For), so
/// a reader cannot reset the contact limit with an X-Forwarded-For of their own.
/// </summary>
public sealed class BehindNginxTests(BehindNginxSite site) : IClassFixture<BehindNginxSite>
{
    private const int OneYear = 31536000;
    private static readonly IPAddress Reader = IPAddress.Loopback;

    [Fact]
    public async Task Plain_http_is_sent_to_https_with_a_301_to_the_same_host_path_and_query()
    {
        site.RequireNginx();
        using var browser = site.Http(Reader);

        using var response = await browser.GetAsync(new Uri("/contact?about=what-causes-attachment-trauma", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"https://{BehindNginxSite.PublicHost}/contact?about=what-causes-attachment-trauma", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Over_https_every_answer_carries_hsts_for_a_year_which_the_site_alone_over_http_does_not_send()
    {
        site.RequireNginx();
        using var browser = site.Https(Reader);
        using var direct = site.Direct();

        foreach (var path in (string[])["/", "/contact", "/guide/what-causes-attachment-trauma", "/no-such-page"])
        {
            using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(", ", values) : "";
            Assert.True(MaxAge(hsts) >= OneYear, $"{path} over https via nginx ({(int)response.StatusCode}): Strict-Transport-Security '{hsts}'\n{site.Output}");
            Assert.Contains("includeSubDomains", hsts, StringComparison.OrdinalIgnoreCase);
        }

        // The same request straight to the site's plain-http port: no HSTS, so the header above came from nginx's
        // X-Forwarded-Proto reaching the site, not from something the site sends anyway.
        using var plain = await direct.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Over_https_the_antiforgery_and_staff_cookies_are_Secure_with_the_Host_prefix_and_sign_in_works()
    {
        site.RequireNginx();
        using var browser = site.Https(Reader);
        var cancellation = TestContext.Current.CancellationToken;

        using var inbox = await browser.GetAsync(new Uri("/staff/inquiries", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        AssertStaysOnHttps(browser, inbox, "/staff/login");

        using var loginPage = await browser.GetAsync(new Uri("/staff/login", UriKind.Relative), cancellation);
        Assert.True(loginPage.StatusCode == HttpStatusCode.OK, site.Output);
        AssertHostPrefixedAndSecure(loginPage, "ag-antiforgery");
        var login = await HtmlHelpers.ParseAsync(loginPage);

        using var signIn = await browser.PostAsync(new Uri("/staff/login", UriKind.Relative), new FormUrlEncodedContent(
        [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(login)),
            new("ReturnUrl", login.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? ""),
            new("Input.Email", BehindNginxSite.StaffEmail),
            new("Input.Password", StaffTestData.Password),
        ]), cancellation);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in through nginx answered {(int)signIn.StatusCode}\n{site.Output}");
        AssertStaysOnHttps(browser, signIn, "/staff/inquiries");
        AssertHostPrefixedAndSecure(signIn, "ag-staff");

        using var signedIn = await browser.GetAsync(new Uri("/staff/inquiries", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        // Straight to the site over plain http the same cookie has its plain name and no Secure: the prefix and the
        // flag above are the site honouring nginx's X-Forwarded-Proto.
        using var direct = site.Direct();
        using var plain = await direct.GetAsync(new Uri("/staff/login", UriKind.Relative), cancellation);
        var plainCookie = Assert.Single(SetCookies(plain), c => c.StartsWith("ag-antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", Attributes(plainCookie));
    }

    [Fact]
    public async Task The_contact_limit_counts_the_address_nginx_gives_and_a_spoofed_X_Forwarded_For_does_not_reset_it()
    {
        site.RequireNginx();
        // Addresses of their own, so no other test of this class shares their limit.
        using var reader = site.Https(IPAddress.Parse("127.0.0.3"));
        using var neighbour = site.Https(IPAddress.Parse("127.0.0.4"));
        var storedBefore = InquiryTable.Count(site.DatabasePath);

        for (var i = 1; i <= BehindNginxSite.ContactLimit; i++)
        {
            using var accepted = await SubmitAsync(reader, spoofedForwardedFor: $"198.51.100.{i}");
            Assert.True(accepted.StatusCode == HttpStatusCode.SeeOther, $"Form {i} answered {(int)accepted.StatusCode}\n{site.Output}");
            ContactForm.AssertSeeOtherToThanks(accepted);
        }

        using var limited = await SubmitAsync(reader, spoofedForwardedFor: "198.51.100.99");
        using var other = await SubmitAsync(neighbour, spoofedForwardedFor: "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(other.StatusCode == HttpStatusCode.SeeOther, $"Another reader's form answered {(int)other.StatusCode}: the limit is not per address\n{site.Output}");
        Assert.Equal(storedBefore + BehindNginxSite.ContactLimit + 1, InquiryTable.Count(site.DatabasePath));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string spoofedForwardedFor)
    {
        var form = (await ContactForm.LoadAsync(browser)).FillValid();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(form.Path, UriKind.Relative)) { Content = form.ToContent() };
        request.Headers.Add("X-Forwarded-For", spoofedForwardedFor);
        return await browser.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A redirect, resolved as the browser resolves it, goes to <paramref name="path"/> on the same https origin.</summary>
    private static void AssertStaysOnHttps(HttpClient browser, HttpResponseMessage response, string path)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        var target = new Uri(browser.BaseAddress!, location);
        Assert.Equal(browser.BaseAddress!.GetLeftPart(UriPartial.Authority), target.GetLeftPart(UriPartial.Authority));
        Assert.Equal(Uri.UriSchemeHttps, target.Scheme);
        Assert.Equal(path, target.AbsolutePath);
    }

    private static void AssertHostPrefixedAndSecure(HttpResponseMessage response, string name)
    {
        var cookies = SetCookies(response);
        var cookie = cookies.SingleOrDefault(c => c.StartsWith("__Host-" + name + "=", StringComparison.Ordinal));
        Assert.True(cookie is not null, $"No __Host-{name} cookie among: {string.Join(" | ", cookies)}");
        var attributes = Attributes(cookie);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", Attributes(c)));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    private static List<string> Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();

    private static int MaxAge(string hsts)
    {
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(p => p.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase));
        return maxAge is null ? 0 : int.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
