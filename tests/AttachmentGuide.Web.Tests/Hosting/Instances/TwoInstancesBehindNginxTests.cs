using System.Diagnostics;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting.Instances;

/// <summary>
/// README.md's "Scaling out", proven on loopback: two published instances on one PostgreSQL database behind nginx.
/// Where it matters which instance answers, a test sends each request to the instance it names (as nginx does, with
/// the reader's address and https); otherwise it goes through nginx's round robin.
/// </summary>
public sealed class TwoInstancesBehindNginxTests(TwoInstancesBehindNginx site) : IClassFixture<TwoInstancesBehindNginx>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private int A => site.Ports[0];

    private int B => site.Ports[1];

    [Fact]
    public async Task A_staff_session_started_on_one_instance_continues_on_the_other()
    {
        site.RequireComponents();
        using var staff = TwoInstancesBehindNginx.Pinned(IPAddress.Parse("203.0.113.10"));

        // The sign-in form from A, posted to B (its antiforgery token read there), then the inbox on A and on B.
        using var signIn = await SignInAsync(staff, formFrom: A, postTo: B);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {(int)signIn.StatusCode}\n{site.Output}");
        foreach (var port in new[] { A, B, A })
        {
            using var inbox = await staff.To(port).GetAsync(new Uri("/staff/inquiries", UriKind.Relative), Token);
            Assert.True(inbox.StatusCode == HttpStatusCode.OK, $"The inbox on port {port} answered {(int)inbox.StatusCode} ({inbox.Headers.Location})");
        }

        // And as a browser meets it: through nginx, which sends each request to the next instance.
        using var browser = site.ThroughNginx(IPAddress.Parse("127.0.0.21"));
        using var page = await browser.GetAsync(new Uri("/staff/login", UriKind.Relative), Token);
        var login = await HtmlHelpers.ParseAsync(page);
        using var posted = await browser.PostAsync(new Uri("/staff/login", UriKind.Relative), LoginForm(login), Token);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"Sign-in through nginx answered {(int)posted.StatusCode}\n{site.Output}");
        for (var i = 0; i < 4; i++)
        {
            using var inbox = await browser.GetAsync(new Uri("/staff/inquiries", UriKind.Relative), Token);
            Assert.True(inbox.StatusCode == HttpStatusCode.OK, $"Request {i} for the inbox through nginx answered {(int)inbox.StatusCode} ({inbox.Headers.Location})");
        }
    }

    [Fact]
    public async Task A_form_loaded_from_one_instance_is_accepted_by_the_other_and_staff_read_it_on_both()
    {
        site.RequireComponents();
        using var reader = TwoInstancesBehindNginx.Pinned(IPAddress.Parse("203.0.113.20"));
        var name = "Imke Zweifach " + Guid.NewGuid().ToString("N")[..6];
        var form = (await ContactForm.LoadAsync(reader.To(A))).FillValid(name);

        using var sent = await form.PostAsync(reader.To(B));

        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"The form answered {(int)sent.StatusCode}\n{site.Output}");
        var stored = await site.StoredAsync(form.SubmissionToken!);
        Assert.NotNull(stored);
        using var staff = TwoInstancesBehindNginx.Pinned(IPAddress.Parse("203.0.113.11"));
        using (var signIn = await SignInAsync(staff, formFrom: B, postTo: B))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        foreach (var port in new[] { A, B })
        {
            var details = await HtmlHelpers.ParseAsync(await staff.To(port).GetAsync(new Uri($"/staff/inquiries/{stored.Value.Id}", UriKind.Relative), Token));
            Assert.Contains(name, details.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(stored.Value.Reference, details.Body.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_contact_limit_holds_across_both_instances()
    {
        site.RequireComponents();
        using var reader = TwoInstancesBehindNginx.Pinned(IPAddress.Parse("203.0.113.30"));
        var answers = new List<(int Port, HttpStatusCode Status, string Token)>();
        foreach (var port in new[] { A, B, A, B })
        {
            var form = (await ContactForm.LoadAsync(reader.To(port))).FillValid();
            using var answer = await form.PostAsync();
            answers.Add((port, answer.StatusCode, form.SubmissionToken!));
        }

        Assert.Equal(
            [HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            answers.Select(a => a.Status));
        Assert.Equal(TwoInstancesBehindNginx.ContactLimit, answers.Count(a => a.Status == HttpStatusCode.SeeOther));
        foreach (var (_, status, token) in answers)
        {
            Assert.Equal(status == HttpStatusCode.SeeOther, await site.StoredAsync(token) is not null);
        }
    }

    [Fact]
    public async Task Each_alert_is_sent_once_though_both_instances_run_the_sender()
    {
        site.RequireComponents();
        var references = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            using var reader = TwoInstancesBehindNginx.Pinned(IPAddress.Parse($"203.0.113.{40 + i}"));
            var form = (await ContactForm.LoadAsync(reader.To(site.Ports[i % 2]))).FillValid();
            using var answer = await form.PostAsync();
            Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
            references.Add((await site.StoredAsync(form.SubmissionToken!))!.Value.Reference);
        }

        var clock = Stopwatch.StartNew();
        while (!references.All(r => MessagesFor(r) > 0) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, Token);
        }

        // Both senders look at the outbox every second: a few more looks, in which a second copy would be sent.
        await Task.Delay(TimeSpan.FromSeconds(4), Token);
        Assert.All(references, r => Assert.True(MessagesFor(r) == 1, $"{MessagesFor(r)} alerts for {r}\n{site.Output}"));
    }

    [Fact]
    public async Task A_file_changed_on_the_shared_folder_shows_on_both_instances_within_five_seconds()
    {
        site.RequireComponents();
        using var reader = TwoInstancesBehindNginx.Pinned(IPAddress.Parse("203.0.113.50"));
        foreach (var port in new[] { A, B })
        {
            Assert.NotNull(await TitleAsync(reader.To(port)));
        }

        var title = "Changed on disk " + Guid.NewGuid().ToString("N")[..6];
        await File.WriteAllTextAsync(site.ArticleFile, TwoInstancesBehindNginx.ArticleText(title), Token);

        var clock = Stopwatch.StartNew();
        foreach (var port in new[] { A, B })
        {
            string? shown;
            while ((shown = await TitleAsync(reader.To(port))) != title && clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(100, Token);
            }

            Assert.Equal(title, shown);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"shown on both after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Killing_one_instance_during_a_burst_of_forms_loses_no_acknowledged_form_and_the_other_keeps_serving()
    {
        site.RequireComponents();
        const int Forms = 40;
        const int AtOnce = 8;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var refused = new System.Collections.Concurrent.ConcurrentBag<string>();
        var killed = 0;
        try
        {
            // Each form from its own address (as nginx sees it), so no reader reaches the contact limit.
            await Parallel.ForAsync(0, Forms, new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = Token }, async (i, cancellation) =>
            {
                using var browser = site.ThroughNginx(IPAddress.Parse($"127.0.1.{i + 1}"));
                try
                {
                    var form = (await ContactForm.LoadAsync(browser)).FillValid($"Burst {i}");
                    using var answer = await form.PostAsync();
                    (answer.StatusCode == HttpStatusCode.SeeOther ? acknowledged : refused).Add(form.SubmissionToken!);
                }
                catch (HttpRequestException)
                {
                    refused.Add($"form {i}: no answer");
                }

                if (acknowledged.Count >= 10 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    site.Kill(0);
                }
            });

            Assert.Equal(1, killed);
            // Only a form A had been sent when it died can go unanswered: nginx never sends a POST twice.
            Assert.True(refused.Count <= AtOnce, $"{refused.Count} forms not acknowledged: {string.Join(", ", refused)}\n{site.Output}");
            foreach (var token in acknowledged)
            {
                Assert.True(await site.StoredAsync(token) is not null, $"The acknowledged form {token} was not stored.");
            }

            // nginx passes what A can no longer take to B.
            using var reader = site.ThroughNginx(IPAddress.Parse("127.0.2.1"));
            for (var i = 0; i < 6; i++)
            {
                using var page = await reader.GetAsync(new Uri("/", UriKind.Relative), Token);
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"Page {i} after the kill answered {(int)page.StatusCode}\n{site.Output}");
            }

            var after = (await ContactForm.LoadAsync(reader)).FillValid("After The Kill");
            using var accepted = await after.PostAsync();
            Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
            Assert.NotNull(await site.StoredAsync(after.SubmissionToken!));
            TestContext.Current.TestOutputHelper?.WriteLine($"{acknowledged.Count} acknowledged, {refused.Count} not, of {Forms}");
        }
        finally
        {
            if (killed == 1)
            {
                await site.RestartAsync(0, Token);
            }
        }
    }

    private int MessagesFor(string reference) =>
        site.Smtp.Messages.Count(m => m.Text.Contains($"Subject: New contact request {reference}", StringComparison.Ordinal));

    private static async Task<string?> TitleAsync(HttpClient reader) =>
        (await reader.GetDocumentAsync("/guide/" + TwoInstancesBehindNginx.ArticleSlug)).QuerySelector("h1")?.TextContent.Trim();

    private static async Task<HttpResponseMessage> SignInAsync(PinnedBrowser staff, int formFrom, int postTo)
    {
        using var page = await staff.To(formFrom).GetAsync(new Uri("/staff/login", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var login = await HtmlHelpers.ParseAsync(page);
        return await staff.To(postTo).PostAsync(new Uri("/staff/login", UriKind.Relative), LoginForm(login), Token);
    }

    private static FormUrlEncodedContent LoginForm(AngleSharp.Html.Dom.IHtmlDocument login) => new(
    [
        new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(login)),
        new("ReturnUrl", login.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? ""),
        new("Input.Email", TwoInstancesBehindNginx.StaffEmail),
        new("Input.Password", StaffTestData.Password),
    ]);
}
