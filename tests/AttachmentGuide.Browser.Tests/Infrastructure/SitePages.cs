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

    /// <summary>The clinic's own pages the site ships as templates (content/pages/), each at /SLUG.</summary>
    public static readonly string[] ClinicPages = ["about", "therapists", "fees", "visit", "faq"];
    public const string NotFound = "/guide/no-such-article-for-browser-tests";
    public const string StaffLogin = "/staff/login";

    /// <summary>A reference of the form the site gives out, so the thanks page shows it.</summary>
    public const string SampleReference = "ABCD-EFGH";

    /// <summary>Names of page states, as test data: the name says what a person sees.</summary>
    public static readonly string[] States =
    [
        "home", "article", "contact", "contact with errors", "thanks", "privacy", "not found", "staff login",
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
                await ExpectOkAsync(session, Thanks + "?reference=" + SampleReference);
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
            case var page when ClinicPages.Contains(page):
                await ExpectOkAsync(session, "/" + page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown page state.");
        }
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
