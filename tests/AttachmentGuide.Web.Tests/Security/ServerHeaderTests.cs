using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Security;

/// <summary>TestServer never sends a Server header, so this runs the site on real Kestrel over loopback.</summary>
public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var factory = new SiteFactory(TestPaths.RealContent, "Development");
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        Assert.NotNull(address);
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "Kestrel sent Server: " + response.Headers.Server);
        HeaderAssertions.HasSecurityHeaders(response);
    }
}
