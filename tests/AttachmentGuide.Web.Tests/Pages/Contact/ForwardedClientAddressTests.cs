using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>
/// The per-address limit keys on the client address that forwarded headers give, and only trusted
/// (loopback or configured) proxies may give it: anyone else's X-Forwarded-For changes nothing.
/// </summary>
public sealed class ForwardedClientAddressTests
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string forwardedFor)
    {
        var form = (await ContactForm.LoadAsync(client)).FillValid();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/contact", UriKind.Relative)) { Content = form.ToContent() };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_reset_its_limit_with_a_spoofed_forwarded_address()
    {
        await using var factory = new ClientAddressFactory(IPAddress.Parse("203.0.113.7"));
        var client = factory.CreatePlainClient();

        using var first = await SubmitAsync(client, "198.51.100.1");
        using var second = await SubmitAsync(client, "198.51.100.2");

        ContactForm.AssertSeeOtherToThanks(first);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(1, factory.InquiryCount());
    }

    [Fact]
    public async Task Behind_a_trusted_loopback_proxy_each_real_client_has_its_own_limit()
    {
        await using var factory = new ClientAddressFactory(IPAddress.Loopback);
        var client = factory.CreatePlainClient();

        using var first = await SubmitAsync(client, "198.51.100.1");
        using var second = await SubmitAsync(client, "198.51.100.2");
        using var third = await SubmitAsync(client, "198.51.100.1");

        ContactForm.AssertSeeOtherToThanks(first);
        ContactForm.AssertSeeOtherToThanks(second);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, factory.InquiryCount());
    }

    [Fact]
    public async Task A_form_with_far_more_fields_than_the_real_one_is_refused_and_stores_nothing()
    {
        await using var factory = new ContactSiteFactory();
        var client = factory.CreatePlainClient();
        var form = (await ContactForm.LoadAsync(client)).FillValid();
        for (var i = 0; i < 60; i++)
        {
            form.Set($"extra{i}", "x");
        }

        using var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, factory.InquiryCount());
    }

    /// <summary>TestServer has no client address; this host gives every request one, as a real connection would.</summary>
    private sealed class ClientAddressFactory(IPAddress remote) : ContactSiteFactory([KeyValuePair.Create("Contact:RateLimit:PermitLimit", "1")])
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remote)));
        }
    }

    private sealed class RemoteAddressFilter(IPAddress remote) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remote;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
