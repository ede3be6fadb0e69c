using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>What a person types into the contact form.</summary>
public sealed record ContactValues(
    string Name,
    string? Email,
    string? Phone = null,
    string PreferredContact = "email",
    bool Voicemail = false,
    bool SayClinicName = false,
    string? ContactTime = null,
    string? Message = null,
    string? About = StaffTestData.Article);

/// <summary>An inquiry sent through the contact form: its reference (from the thanks page) and its id in the store.</summary>
public sealed record SubmittedInquiry(string Reference, Guid Id);

/// <summary>Staff accounts and inquiries for the staff tests, made the way the site makes them.</summary>
public static class StaffTestData
{
    public const string Password = "quiet river lantern mosaic 42";

    /// <summary>The one article in the real content.</summary>
    public const string Article = "what-causes-attachment-trauma";

    public static async Task<StaffUser> CreateStaffAsync(SiteFactory factory, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        return await CreateStaffAsync(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), email, password);
    }

    /// <summary>An account with exactly <paramref name="roles"/> (none at all when empty).</summary>
    public static async Task<StaffUser> CreateStaffWithRolesAsync(SiteFactory factory, string email, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        return await CreateStaffAsync(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), email, Password, roles);
    }

    /// <summary>
    /// A confirmed account that locks out after failed sign-ins, as <c>staff add</c> makes it: with the
    /// <c>inbox</c> role unless <paramref name="roles"/> are named.
    /// </summary>
    public static async Task<StaffUser> CreateStaffAsync(UserManager<StaffUser> users, string email, string password = Password, string[]? roles = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        var given = await users.AddToRolesAsync(user, roles ?? [StaffRoles.Inbox]);
        Assert.True(given.Succeeded, string.Join("; ", given.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>The account's roles as the database holds them now.</summary>
    public static async Task<List<string>> RolesOfAsync(SiteFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return StaffRoles.Ordered(await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
    }

    /// <summary>Fills in and posts the real contact form (with its antiforgery token), as a visitor would.</summary>
    public static async Task<SubmittedInquiry> SubmitContactFormAsync(SiteFactory factory, ContactValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var visitor = new StaffBrowser(factory);
        var path = values.About is null ? "/contact" : "/contact?about=" + Uri.EscapeDataString(values.About);
        var page = await visitor.GetDocumentAsync(path);
        var form = page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>().Single();
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .ToList();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                fields.Add(new("Input." + name, value));
            }
        }

        Add("Name", values.Name);
        Add("Email", values.Email);
        Add("Phone", values.Phone);
        Add("PreferredContact", values.PreferredContact);
        Add("Voicemail", values.Voicemail ? "yes" : "no");
        Add("SayClinicName", values.SayClinicName ? "yes" : "no");
        Add("ContactTime", values.ContactTime);
        Add("Message", values.Message);
        Add("Consent", "true");
        Add("Website", string.Empty);

        using var response = await visitor.PostAsync(path, fields);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"The contact form answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        ContactForm.AssertSeeOtherToThanks(response);
        var thanks = await visitor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var reference = thanks.QuerySelector("main .reference strong")?.TextContent ?? string.Empty;
        Assert.True(InquiryReference.IsWellFormed(reference), $"The thanks page shows no reference: '{reference}'");
        return new SubmittedInquiry(reference, await IdOfAsync(factory, reference));
    }

    /// <summary>Stores an inquiry through the store, as the contact form does, at the site's current (fake) time.</summary>
    public static async Task<StoredInquiry> SaveAsync(SiteFactory factory, string name, string? email = "someone@example.com", string? message = "Hello", string? sourceSlug = Article)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IInquiryStore>();
        return await store.SaveAsync(
            new NewInquiry(Guid.NewGuid(), new InquiryContent(name, email, null, ContactMethod.Email, false, false, null, message, sourceSlug)),
            TestContext.Current.CancellationToken);
    }

    public static async Task<InquiryDetails?> GetAsync(SiteFactory factory, Guid id)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IInquiryStore>().GetAsync(id, TestContext.Current.CancellationToken);
    }

    public static async Task SetStatusAsync(SiteFactory factory, Guid id, InquiryStatus status)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IInquiryStore>();
        var current = await store.GetAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(InquiryUpdateResult.Updated, await store.UpdateAsync(id, current!.Version, status, null, TestContext.Current.CancellationToken));
    }

    public static async Task<Guid> IdOfAsync(SiteFactory factory, string reference)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        return await db.Inquiries.AsNoTracking().Where(i => i.Reference == reference).Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<List<AuditEntry>> AuditAsync(SiteFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
