namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>The pages the browser tests visit, and how to reach each state of them.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string ArticleSlug = "what-causes-attachment-trauma";
    public const string Article = "/guide/" + ArticleSlug;
    public const string Contact = "/contact";
    public const string Thanks = "/contact/thanks";
    public const string Privacy = "/privacy";
    public const string Topics = "/topics";

    /// <summary>A topic of the seed article (its 'tags:'), so the topic page lists at least one article.</summary>
    public const string Topic = "/topics/attachment";

    /// <summary>The clinic's own pages the site ships as templates (content/pages/), each at /SLUG.</summary>
    public static readonly string[] ClinicPages = ["about", "therapists", "fees", "visit", "faq"];
    public const string NotFound = "/guide/no-such-article-for-browser-tests";
    public const string StaffLogin = "/staff/login";

    /// <summary>The editor on the seed article (read and previewed only: the shared site's content is the repository's).</summary>
    public const string ContentEditor = "/staff/content/edit?path=articles%2F" + ArticleSlug + ".md";

    /// <summary>Names of page states, as test data: the name says what a person sees.</summary>
    public static readonly string[] States =
    [
        "home", "article", "contact", "contact with errors", "thanks", "privacy", "not found", "staff login",
        "inbox", "inquiry with safe-contact notice", "two-step set-up",
        "staff accounts", "staff account added", "staff set-up", "staff access denied",
        "content list", "content editor", "content preview", "content conflict",
        "topics", "topic",
        "search with results", "search without results",
        .. ClinicPages,
    ];

    /// <summary>Opens one of <see cref="States"/> in the session's tab.</summary>
    public static async Task OpenAsync(BrowserSession session, string state)
    {
        switch (state)
        {
            case "home":
                await ExpectOkAsync(session, Home);
                break;
            case "article":
                await ExpectOkAsync(session, Article);
                break;
            case "contact":
                await ExpectOkAsync(session, Contact);
                break;
            case "contact with errors":
                await ExpectOkAsync(session, Contact);
                await SubmitContactFormAsync(session);
                await session.Page.Locator("#error-summary").WaitForAsync();
                break;
            case "thanks":
                await SendContactFormAsync(session, "Sam Browser-Check");
                break;
            case "inbox":
                await SendContactFormAsync(session, "Alex Inbox-Card");
                await SignInAsStaffAsync(session);
                break;
            case "inquiry with safe-contact notice":
                await OpenSafeContactInquiryAsync(session);
                break;
            case "two-step set-up":
                await SignInAsStaffAsync(session);
                await ExpectOkAsync(session, "/staff/account");
                await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Set up two-step sign-in" }).ClickAsync());
                await session.Page.Locator("svg.qr-code").WaitForAsync();
                break;
            case "staff accounts":
                await SignInAsStaffAsync(session);
                await ExpectOkAsync(session, "/staff/accounts");
                break;
            case "staff account added":
                await AddStaffAccountAsync(session);
                break;
            case "staff set-up":
                var link = await AddStaffAccountAsync(session);
                await ExpectOkAsync(session, new Uri(link).PathAndQuery);
                await session.Page.Locator("#newPassword").WaitForAsync();
                break;
            case "staff access denied":
                await SignInAsEditorAsync(session);
                var denied = await session.GotoForbiddenAsync("/staff/inquiries");
                Assert.Equal(403, denied?.Status);
                break;
            case "content list":
                await SignInAsEditorAsync(session);
                break;
            case "content editor":
                await SignInAsEditorAsync(session);
                await ExpectOkAsync(session, ContentEditor);
                break;
            case "content preview":
                await SignInAsEditorAsync(session);
                await ExpectOkAsync(session, ContentEditor);
                await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync());
                await session.Page.Locator(".preview-frame h1").WaitForAsync();
                break;
            case "content conflict":
                // As if the file had changed on disk since the form opened it: the save is refused and nothing is written
                // (this shared site serves the repository's own content, which no test may change).
                await SignInAsEditorAsync(session);
                await ExpectOkAsync(session, ContentEditor);
                await session.Page.Locator("input[name=Hash]").EvaluateAsync("h => h.value = 'changed-on-disk-meanwhile'");
                await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
                await session.Page.Locator("#conflict").WaitForAsync();
                break;
            case "privacy":
                await ExpectOkAsync(session, Privacy);
                break;
            case "not found":
                var response = await session.GotoNotFoundAsync(NotFound);
                Assert.Equal(404, response?.Status);
                break;
            case "staff login":
                await ExpectOkAsync(session, StaffLogin);
                break;
            case "topics":
                await ExpectOkAsync(session, Topics);
                break;
            case "topic":
                await ExpectOkAsync(session, Topic);
                break;
            case "search with results":
                // Through the header's box, as a reader would: type, press Enter.
                await ExpectOkAsync(session, Home);
                await session.Page.Locator("#site-search").FillAsync("body");
                await session.NavigateByAsync(() => session.Page.Locator("#site-search").PressAsync("Enter"));
                await session.Page.Locator(".search-results mark").First.WaitForAsync();
                break;
            case "search without results":
                await ExpectOkAsync(session, "/search?q=xylophonequest");
                break;
            case var page when ClinicPages.Contains(page):
                await ExpectOkAsync(session, "/" + page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown page state.");
        }
    }

    /// <summary>
    /// Sends the contact form with a name, an email address and a phone number, leaving the safe-contact answers at
    /// their defaults (no voicemail, do not say the clinic's name); returns the reference the thanks page shows
    /// (only the browser that sent the form sees it).
    /// </summary>
    public static async Task<string> SendContactFormAsync(BrowserSession session, string name)
    {
        ArgumentNullException.ThrowIfNull(session);
        await ExpectOkAsync(session, Contact);
        await session.Page.Locator("#Input_Name").FillAsync(name);
        await session.Page.Locator("#Input_Email").FillAsync("sam.browser@example.com");
        await session.Page.Locator("#Input_Phone").FillAsync("+44 20 7946 0123");
        await session.Page.Locator("#Input_Consent").CheckAsync();
        await SubmitContactFormAsync(session);
        return (await session.Page.Locator(".reference strong").InnerTextAsync()).Trim();
    }

    /// <summary>Signs in at /staff/login as the browser tests' staff account.</summary>
    public static async Task SignInAsStaffAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.Fixture.EnsureStaffAccountAsync();
        await ExpectOkAsync(session, StaffLogin);
        await session.Page.Locator("#Input_Email").FillAsync(BrowserSite.StaffEmail);
        await session.Page.Locator("#Input_Password").FillAsync(BrowserSite.StaffPassword);
        await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        Assert.Equal("/staff/inquiries", session.CurrentPath);
    }

    /// <summary>Signs in as the editor-only account, who lands on the content list (the inbox is not theirs).</summary>
    public static async Task SignInAsEditorAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.Fixture.EnsureEditorAccountAsync();
        await ExpectOkAsync(session, StaffLogin);
        await session.Page.Locator("#Input_Email").FillAsync(BrowserSite.EditorEmail);
        await session.Page.Locator("#Input_Password").FillAsync(BrowserSite.StaffPassword);
        await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        Assert.Equal("/staff/content", session.CurrentPath);
    }

    /// <summary>As the admin, adds an inbox account through the accounts page's form; returns the set-up link it shows once.</summary>
    public static async Task<string> AddStaffAccountAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await SignInAsStaffAsync(session);
        await ExpectOkAsync(session, "/staff/accounts");
        await session.Page.Locator("#Input_Email").FillAsync($"colleague-{Guid.NewGuid():N}@clinic.example");
        await session.Page.Locator("#new-role-inbox").CheckAsync();
        await session.NavigateByAsync(() => session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Add account" }).ClickAsync());
        var link = await session.Page.Locator("#setup-link").InputValueAsync();
        Assert.Contains("/staff/setup?", link, StringComparison.Ordinal);
        return link;
    }

    /// <summary>Sends an inquiry that refuses voicemail and the clinic's name, signs in, and opens its detail page.</summary>
    public static async Task OpenSafeContactInquiryAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var reference = await SendContactFormAsync(session, "Robin Safe-Contact");
        var id = await InquiryDatabase.IdWithReferenceAsync(session, reference);
        await SignInAsStaffAsync(session);
        await ExpectOkAsync(session, $"/staff/inquiries/{id}");
        await session.Page.Locator(".safe-contact").WaitForAsync();
    }

    /// <summary>Clicks "Send message" and waits for the page the site answers with.</summary>
    public static async Task SubmitContactFormAsync(BrowserSession session)
    {
        var submit = session.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send message" });
        await session.NavigateByAsync(() => submit.ClickAsync());
    }

    private static async Task ExpectOkAsync(BrowserSession session, string pathAndQuery)
    {
        var response = await session.GotoAsync(pathAndQuery);
        Assert.True(response is { Status: 200 }, $"{pathAndQuery} answered {response?.Status}");
    }
}
