using System.Net;
using System.Net.Sockets;

namespace AttachmentGuide.Web.Tests.Hosting.Instances;

/// <summary>
/// One reader's browser whose every request the test sends to an instance of its choosing, straight to that
/// instance's port with what nginx would add (the reader's address in X-Forwarded-For, https in
/// X-Forwarded-Proto; the site trusts both from loopback). So a test decides which instance answers, where round
/// robin would decide for it. The cookies are the browser's, kept across instances, whichever one set them.
/// </summary>
public sealed class PinnedBrowser(IPAddress reader, string publicHost) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HttpClient> _clients = [];

    /// <summary>The browser, speaking to the instance on <paramref name="port"/>.</summary>
    public HttpClient To(int port)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(port, out var client))
            {
                client = new HttpClient(new ProxyHeaders(reader, _cookies, Connect(port)))
                {
                    BaseAddress = new Uri($"http://{publicHost}:{port}/"),
                    Timeout = TimeSpan.FromSeconds(60),
                };
                _clients[port] = client;
            }

            return client;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static SocketsHttpHandler Connect(int port) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Adds nginx's headers and the browser's cookies, and keeps the cookies the answer sets.</summary>
    private sealed class ProxyHeaders(IPAddress reader, Dictionary<string, string> cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-For", reader.ToString());
            request.Headers.Add("X-Forwarded-Proto", "https");
            lock (cookies)
            {
                if (cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                lock (cookies)
                {
                    foreach (var setCookie in setCookies)
                    {
                        Keep(cookies, setCookie);
                    }
                }
            }

            return response;
        }

        private static void Keep(Dictionary<string, string> cookies, string setCookie)
        {
            var parts = setCookie.Split(';', StringSplitOptions.TrimEntries);
            var pair = parts[0].Split('=', 2);
            var expired = parts.Skip(1).Any(p =>
                p.Equals("max-age=0", StringComparison.OrdinalIgnoreCase)
                || (p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase)
                    && DateTimeOffset.TryParse(p["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
                    && at < DateTimeOffset.UtcNow));
            if (expired || pair.Length < 2 || pair[1].Length == 0)
            {
                cookies.Remove(pair[0]);
            }
            else
            {
                cookies[pair[0]] = pair[1];
            }
        }
    }
}
