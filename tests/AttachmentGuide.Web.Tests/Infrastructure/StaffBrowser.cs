using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// A client that keeps its own cookie jar, so a test can read every Set-Cookie, copy cookies into another client
/// (a replayed session) and send requests the way a browser would after the site moved the clock.
/// </summary>
public sealed class StaffBrowser : IDisposable
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private readonly HttpClient _client;
    private readonly Dictionary<string, string> _extraHeaders = new(StringComparer.OrdinalIgnoreCase);

    public StaffBrowser(SiteFactory factory, string baseAddress = "http://localhost", IReadOnlyDictionary<string, string>? cookies = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri(baseAddress),
        });
        if (cookies is not null)
        {
            foreach (var (name, value) in cookies)
            {
                Cookies[name] = value;
            }
        }
    }

    /// <summary>The cookies this client sends, by name.</summary>
    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The raw Set-Cookie headers of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    /// <summary>Sends this header on every request (for example X-Forwarded-Proto).</summary>
    public StaffBrowser WithHeader(string name, string value)
    {
        _extraHeaders[name] = value;
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));

    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (request)
        {
            foreach (var (name, value) in _extraHeaders)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            if (Cookies.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            foreach (var header in LastSetCookies)
            {
                Apply(header);
            }

            return response;
        }
    }

    /// <summary>GETs a page, asserts 200, and parses it.</summary>
    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var response = await GetAsync(path);
        var document = await HtmlHelpers.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}, Location {response.Headers.Location}");
        return document;
    }

    /// <summary>The antiforgery token of the first POST form on the page at <paramref name="path"/>.</summary>
    public async Task<string> TokenFromAsync(string path) => Token(await GetDocumentAsync(path));

    public static string Token(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var input = document.QuerySelector($"form[method=post] input[name={AntiforgeryField}]");
        Assert.NotNull(input);
        return input.GetAttribute("value")!;
    }

    /// <summary>Signs in through the login form; returns the response to the POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var loginPath = returnUrl is null ? "/staff/login" : "/staff/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var login = await GetDocumentAsync(loginPath);
        var fields = new List<KeyValuePair<string, string>>
        {
            new(AntiforgeryField, Token(login)),
            new("ReturnUrl", login.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? string.Empty),
            new("Input.Email", email),
            new("Input.Password", password),
        };
        return await PostAsync(loginPath, fields);
    }

    /// <summary>Signs in and asserts that the site sent the person on to the inbox.</summary>
    public async Task SignInOrFailAsync(string email, string password = StaffTestData.Password)
    {
        using var response = await SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        Assert.Equal("/staff/inquiries", response.Headers.Location?.OriginalString);
    }

    /// <summary>Posts a form found on <paramref name="document"/> by its handler, with its antiforgery token and the given fields.</summary>
    public Task<HttpResponseMessage> PostFormAsync(IHtmlDocument document, string handler, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(document);
        var form = document.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>()
            .Single(f => f.GetAttribute("action")?.Contains("handler=" + handler, StringComparison.Ordinal) == true);
        // The form's own hidden inputs (antiforgery token, version) as a browser sends them, then the given fields.
        var values = form.QuerySelectorAll("input[type=hidden][name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Where(h => !fields.Any(f => f.Name == h.Key))
            .ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return PostAsync(form.GetAttribute("action")!, values);
    }

    public void Dispose() => _client.Dispose();

    private void Apply(string setCookie)
    {
        var first = setCookie.Split(';')[0];
        var equals = first.IndexOf('=', StringComparison.Ordinal);
        var name = first[..equals].Trim();
        var value = first[(equals + 1)..].Trim();
        var expired = setCookie.Split(';').Skip(1).Select(a => a.Trim())
            .Where(a => a.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))
            .Any(a => DateTimeOffset.TryParse(a["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) && at < DateTimeOffset.UtcNow);
        if (value.Length == 0 || expired)
        {
            Cookies.Remove(name);
        }
        else
        {
            Cookies[name] = value;
        }
    }
}
