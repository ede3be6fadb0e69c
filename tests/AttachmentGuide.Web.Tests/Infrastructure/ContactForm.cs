using System.Net;
using AngleSharp.Html.Dom;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The contact form as a browser would send it: read from the page with a real HTML parser (every named
/// control, radios and checkboxes only when checked), changed by the test, and posted back urlencoded
/// with the antiforgery cookie the client keeps.
/// </summary>
public sealed class ContactForm
{
    public const string NameField = "Input.Name";
    public const string EmailField = "Input.Email";
    public const string PhoneField = "Input.Phone";
    public const string PreferredContactField = "Input.PreferredContact";
    public const string VoicemailField = "Input.Voicemail";
    public const string SayClinicNameField = "Input.SayClinicName";
    public const string ContactTimeField = "Input.ContactTime";
    public const string MessageField = "Input.Message";
    public const string ConsentField = "Input.Consent";
    public const string WebsiteField = "Input.Website";
    public const string SubmissionTokenField = "Input.SubmissionToken";
    public const string AboutField = "Input.About";
    public const string AntiforgeryField = "__RequestVerificationToken";

    private readonly HttpClient _client;
    private readonly List<KeyValuePair<string, string>> _fields;

    private ContactForm(HttpClient client, string path, IHtmlDocument document, List<KeyValuePair<string, string>> fields)
    {
        _client = client;
        Path = path;
        Document = document;
        _fields = fields;
    }

    /// <summary>Where the form posts: the page it came from, as a browser does for a form without an action.</summary>
    public string Path { get; }

    /// <summary>The page the form was read from.</summary>
    public IHtmlDocument Document { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public string? SubmissionToken => this[SubmissionTokenField];

    /// <summary>The value that would be sent for <paramref name="name"/>, or null when none would be.</summary>
    public string? this[string name] => _fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    /// <summary>GETs <c>/contact</c> (with <c>?about=</c> when given) and reads its form.</summary>
    public static async Task<ContactForm> LoadAsync(HttpClient client, string? about = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = about is null ? "/contact" : "/contact?about=" + Uri.EscapeDataString(about);
        var document = await client.GetDocumentAsync(path);
        return FromDocument(client, path, document);
    }

    /// <summary>Reads the contact form on <paramref name="document"/> (for example the page returned after an error).</summary>
    public static ContactForm FromDocument(HttpClient client, string path, IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().SingleOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"{path} has no single POST form");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var control in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = control.GetAttribute("name")!;
            switch (control)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } choice:
                    if (choice.IsChecked)
                    {
                        fields.Add(new(name, choice.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
            }
        }

        return new ContactForm(client, path, document, fields);
    }

    /// <summary>Replaces every value sent for <paramref name="name"/> (adds one when the form had none).</summary>
    public ContactForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        _fields.RemoveAll(f => f.Key == name);
        _fields.Insert(index < 0 ? _fields.Count : Math.Min(index, _fields.Count), new(name, value));
        return this;
    }

    /// <summary>Sends nothing for <paramref name="name"/>, as when a box is left unticked.</summary>
    public ContactForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>Applies several changes; a null value removes the field.</summary>
    public ContactForm With(IEnumerable<KeyValuePair<string, string?>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                Remove(name);
            }
            else
            {
                Set(name, value);
            }
        }

        return this;
    }

    /// <summary>The fewest answers that pass validation: a name, an email address, and consent.</summary>
    public ContactForm FillValid(string name = "Zoë", string email = "zoe@example.com") =>
        Set(NameField, name).Set(EmailField, email).Set(ConsentField, "true");

    public FormUrlEncodedContent ToContent() => new(_fields);

    /// <summary>POSTs the form with the client it was loaded with, or <paramref name="via"/> (another cookie jar or server).</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient? via = null) => PostAsync(ToContent(), via);

    /// <summary>POSTs <paramref name="content"/> to where this form posts.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpContent content, HttpClient? via = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = content };
        return await (via ?? _client).SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The cookie the 303 sets to carry the reference to the thanks page of the browser that sent the form.</summary>
    public const string ThanksCookie = "ag-thanks";

    /// <summary>
    /// Asserts <paramref name="response"/> is a 303 to the thanks page that gives this browser its reference in a
    /// cookie, and that the address itself carries none (anyone could type it).
    /// </summary>
    public static void AssertSeeOtherToThanks(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location;
        Assert.NotNull(location);
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
        Assert.Equal("/contact/thanks", absolute.AbsolutePath);
        Assert.DoesNotContain("reference", absolute.Query, StringComparison.OrdinalIgnoreCase);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.Contains(setCookies, c => c.StartsWith(ThanksCookie + "=", StringComparison.Ordinal));
    }

    /// <summary>
    /// Asserts <paramref name="response"/> is a 303 to the thanks page, follows it as the browser that sent the form
    /// would (with the cookies <paramref name="browser"/> keeps), and returns the well-formed reference shown there.
    /// </summary>
    public static async Task<string> FollowToThanksAsync(HttpResponseMessage response, HttpClient browser)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(browser);
        AssertSeeOtherToThanks(response);
        var thanks = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var reference = thanks.QuerySelector("main .reference strong")?.TextContent;
        Assert.True(reference is not null && IsWellFormedReference(reference), $"The thanks page shows no reference of the form XXXX-XXXX: '{reference}'");
        return reference;
    }

    /// <summary>Two groups of four from the read-aloud alphabet (no 0/O, 1/I/L or U), joined by a dash.</summary>
    public static bool IsWellFormedReference(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        return reference.Length == 9
            && reference[4] == '-'
            && reference.Where((c, i) => i != 4).All(c => alphabet.Contains(c, StringComparison.Ordinal));
    }
}

/// <summary>A body whose length is not declared, so it is sent chunked (no Content-Length).</summary>
public sealed class UnknownLengthContent : HttpContent
{
    private readonly byte[] _body;

    public UnknownLengthContent(byte[] body, string mediaType)
    {
        _body = body;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_body.AsMemory()).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
