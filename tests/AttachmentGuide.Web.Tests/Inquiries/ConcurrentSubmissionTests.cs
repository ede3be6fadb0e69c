using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Inquiries;

public sealed class ConcurrentSubmissionTests
{
    private const int Clients = 20;
    private const int SubmissionsPerClient = 10;

    [Fact]
    public async Task Two_hundred_submissions_from_twenty_parallel_clients_are_all_stored_once()
    {
        using var factory = new ContactSiteFactory();
        using var warmUp = factory.CreatePlainClient();
        await warmUp.GetDocumentAsync("/contact");
        var results = new ConcurrentBag<(HttpStatusCode Status, string? Reference, string Token)>();

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = factory.CreatePlainClient();
            for (var i = 0; i < SubmissionsPerClient; i++)
            {
                var form = (await LoadAsync(client)).FillValid($"Client {c} submission {i}", $"client{c}.{i}@example.com")
                    .Set(MessageField, $"Message {i} from client {c}");
                using var response = await form.PostAsync();
                // The reference the sending browser is shown on the thanks page it is sent on to.
                var reference = response.StatusCode == HttpStatusCode.SeeOther ? await FollowToThanksAsync(response, client) : null;
                results.Add((response.StatusCode, reference, form.SubmissionToken!));
            }
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(clients).WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

        Assert.Equal(Clients * SubmissionsPerClient, results.Count);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.SeeOther, r.Status));
        Assert.Equal(results.Count, results.Select(r => r.Reference).Distinct().Count());
        var rows = InquiryTable.ReadAll(factory);
        Assert.Equal(Clients * SubmissionsPerClient, rows.Count);
        Assert.Equal(
            results.Select(r => Guid.Parse(r.Token)).Order(),
            rows.Select(r => r.SubmissionToken).Order());
        Assert.Equal(rows.Count, rows.Select(r => r.Reference).Distinct().Count());
        Assert.Equal(results.Select(r => r.Reference).Order(), rows.Select(r => r.Reference).Order());
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }
}
