using System.CommandLine;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Staff;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>notify test [--to ADDRESS]</c>: sends a test alert with the site's own mail settings and prints the server's
/// answer; exits 1 with that answer when the message is not accepted. Needs no database.
/// </summary>
public static class NotifyCommand
{
    public static Command Create()
    {
        var to = new Option<string?>("--to")
        {
            Description = "send to this address instead of Notifications:To",
            HelpName = "ADDRESS",
        };
        var test = new Command("test", "send a test message with the site's mail settings") { to };
        test.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(to), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return new Command("notify", "email alerts to staff") { test };
    }

    private static async Task<int> RunAsync(string? to, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (to is not null && !NotificationOptions.IsMailbox(to))
        {
            error.WriteLine($"notify test: '{to}' is not one email address.");
            return ExitCodes.Usage;
        }

        var configuration = CliConfiguration.Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<SiteOptions>(configuration, SiteOptions.SectionName);
        services.AddValidatedOptions<ClinicOptions>(configuration, ClinicOptions.SectionName);
        services.AddNotificationServices(configuration);
        await using var provider = services.BuildServiceProvider();
        TestMessageSender sender;
        try
        {
            sender = provider.GetRequiredService<TestMessageSender>();
            _ = provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<SiteOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine("notify test: " + string.Join(" ", e.Failures));
            return ExitCodes.Failure;
        }

        if (!sender.Enabled)
        {
            error.WriteLine("notify test: email alerts are off; set Notifications__Smtp__Host (and Notifications__From, Notifications__To__0, Site__BaseUrl).");
            return ExitCodes.Failure;
        }

        var answer = await sender.SendAsync(to, cancellationToken);
        if (!answer.Accepted)
        {
            error.WriteLine($"notify test: {sender.Server} did not accept the message: {answer.Response}");
            return ExitCodes.Failure;
        }

        output.WriteLine($"Sent a test message to {string.Join(", ", sender.Recipients(to))} via {sender.Server}: {answer.Response}");
        return ExitCodes.Success;
    }
}
