using System.Net;
using System.Net.Sockets;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// An HttpClient for the site's public name that connects to 127.0.0.1 from a chosen loopback address (127.0.0.3,
/// say), so nginx sees a client address of the test's choosing, as it would see a reader's. Over https it accepts
/// only the test's own certificate. No redirects are followed; cookies are kept, as a browser keeps them.
/// </summary>
public static class LoopbackClient
{
    public static HttpClient Create(Uri baseAddress, IPAddress from, TestCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // The connection goes where ConnectCallback says, never through a proxy the environment names.
            UseProxy = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => certificate.IsThis(presented);
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }
}
