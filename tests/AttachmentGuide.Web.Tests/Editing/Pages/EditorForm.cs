using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>The edit page's form as a browser sends it: every field as shown, changed where the test says, posted with one of its buttons.</summary>
public static class EditorForm
{
    public const string Article = "articles/" + StaffTestData.Article + ".md";

    public static string EditPath(string relative) => "/staff/content/edit?path=" + Uri.EscapeDataString(relative);

    /// <summary>The fields of <c>#editor-form</c> as a browser would send them (text, hidden, textareas, ticked boxes).</summary>
    public static List<KeyValuePair<string, string>> Values(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector("#editor-form") as IHtmlFormElement;
        Assert.NotNull(form);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        return values;
    }

    /// <summary>The value the form holds for <paramref name="name"/> (<c>Input.Title</c>, <c>Body</c>…).</summary>
    public static string? Value(IHtmlDocument page, string name) => Values(page).Where(v => v.Key == name).Select(v => v.Value).FirstOrDefault();

    /// <summary>Posts the form with the button for <paramref name="handler"/>, with <paramref name="changes"/> (a null value unticks or removes the field).</summary>
    public static Task<HttpResponseMessage> PostAsync(StaffBrowser browser, IHtmlDocument page, string handler, params (string Name, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var values = Values(page).Where(v => !changes.Any(c => c.Name == v.Key)).ToList();
        values.AddRange(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Name, c.Value!)));
        return browser.PostAsync(ActionOf(page, handler), values);
    }

    /// <summary>The formaction of the button that posts to <paramref name="handler"/>.</summary>
    public static string ActionOf(IHtmlDocument page, string handler)
    {
        ArgumentNullException.ThrowIfNull(page);
        var button = page.QuerySelectorAll("button[formaction]")
            .FirstOrDefault(b => Handler(b.GetAttribute("formaction")!) == handler);
        Assert.True(button is not null, $"No button posts to the handler {handler}");
        return button.GetAttribute("formaction")!;
    }

    /// <summary>Posts and follows the redirect after a save, asserting it was one.</summary>
    public static async Task<IHtmlDocument> SaveAndFollowAsync(StaffBrowser browser, IHtmlDocument page, params (string Name, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await PostAsync(browser, page, "Save", changes);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Save answered {(int)response.StatusCode}: {await Problems(response)}");
        return await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>A staff browser signed in as a new account with <paramref name="roles"/>.</summary>
    public static async Task<StaffBrowser> SignedInAsync(SiteFactory site, string? email = null, params string[] roles)
    {
        email ??= $"editor-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, roles.Length == 0 ? ["editor"] : roles);
        var browser = new StaffBrowser(site);
        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static string? Handler(string action)
    {
        var query = action.Contains('?', StringComparison.Ordinal) ? action[(action.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        return query.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == "handler").Select(p => p.Length > 1 ? p[1] : string.Empty).FirstOrDefault();
    }

    private static async Task<string> Problems(HttpResponseMessage response)
    {
        var page = await HtmlHelpers.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll(".error-summary, .field-error, .conflict h2").Select(e => e.Text()));
    }
}
