using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>A save that fails on our side (a full disk) keeps what the person typed and costs them no permit.</summary>
public sealed class FailedSaveTests
{
    private const string TypedMessage = "I would like to talk about my mother.\nNot urgent.";

    [Fact]
    public async Task A_failed_save_shows_the_form_again_with_the_text_a_calm_message_and_the_clinic_phone()
    {
        using var factory = new FullDiskSiteFactory(permitLimit: 5);
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Robin Ashby").Set(MessageField, TypedMessage);
        factory.Disk.Full = true;

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var notice = document.GetElementById("error-summary");
        Assert.NotNull(notice);
        Assert.Contains("has not been sent", notice.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector("a[href^='tel:']"));
        Assert.Equal("Robin Ashby", document.GetElementById("Input_Name")?.GetAttribute("value"));
        Assert.Equal(TypedMessage, document.GetElementById("Input_Message")?.TextContent);
        Assert.Equal(0, factory.InquiryCount());
    }

    [Fact]
    public async Task After_a_failed_save_the_same_person_can_send_once_the_disk_is_freed()
    {
        using var factory = new FullDiskSiteFactory(permitLimit: 1);
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Robin Ashby").Set(MessageField, TypedMessage);
        factory.Disk.Full = true;
        for (var i = 0; i < 3; i++)
        {
            using var failed = await form.PostAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        factory.Disk.Full = false;
        using var sent = await FromDocument(client, form.Path, form.Document).FillValid("Robin Ashby").PostAsync();

        AssertSeeOtherToThanks(sent);
        Assert.Equal(1, factory.InquiryCount());
    }

    [Fact]
    public async Task A_failed_save_is_logged_as_an_error_without_what_was_typed()
    {
        using var factory = new FullDiskSiteFactory(permitLimit: 5);
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Robin Ashby").Set(MessageField, TypedMessage);
        factory.Disk.Full = true;

        using var response = await form.PostAsync();

        var rendered = factory.Logs.Events.Select(LogCapture.Render).ToList();
        Assert.Contains(rendered, line => line.Contains("could not be saved", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, line => line.Contains("Robin", StringComparison.Ordinal) || line.Contains("mother", StringComparison.Ordinal));
    }

    /// <summary>Writes fail as SQLite fails on a full disk while <see cref="Full"/> is set.</summary>
    public sealed class FullDisk(IDatabaseWriteGate inner) : IDatabaseWriteGate
    {
        public bool Full { get; set; }

        public bool OrdersWriters => inner.OrdersWriters;

        public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) =>
            Full ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13) : inner.EnterAsync(cancellationToken);
    }

    private sealed class FullDiskSiteFactory(int permitLimit)
        : ContactSiteFactory([KeyValuePair.Create("Contact:RateLimit:PermitLimit", permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))])
    {
        public FullDisk Disk => Services.GetRequiredService<FullDisk>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var real = services.Last(d => d.ServiceType == typeof(IDatabaseWriteGate));
                services.Remove(real);
                services.AddSingleton(provider => new FullDisk((IDatabaseWriteGate)(real.ImplementationInstance
                    ?? real.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, real.ImplementationType!))));
                services.AddSingleton<IDatabaseWriteGate>(provider => provider.GetRequiredService<FullDisk>());
            });
        }
    }
}
